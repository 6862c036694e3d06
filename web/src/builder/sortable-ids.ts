/**
 * Unique ids for dnd-kit sortables from keys that should be unique but may clash while a draft has a
 * duplicate-name problem: a repeated key gets `#<index>` appended.
 */
export function uniqueSortableIds(keys: string[]): string[] {
  const seen = new Set<string>();
  return keys.map((key, i) => {
    const id = seen.has(key) ? `${key}#${i}` : key;
    seen.add(key);
    return id;
  });
}
