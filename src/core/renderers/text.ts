/** Helpers for the renderers' text forms (what the guide says). Pure; English. */

const LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** How many items a text form names before it says "and N more". */
export const SPOKEN_ITEMS = 5;

/** "Lyon, Paris and Nice" (Intl.ListFormat); beyond SPOKEN_ITEMS: "Lyon, Paris, … and 7 more". */
export function spokenList(items: readonly string[]): string {
  if (items.length <= SPOKEN_ITEMS) return LIST.format(items);
  const rest = items.length - SPOKEN_ITEMS;
  return LIST.format([...items.slice(0, SPOKEN_ITEMS), `${rest} more`]);
}

/** "1 row", "3 rows". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** Text cut to `max` characters at a word boundary, with "…" when cut. */
export function clip(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,.;:]$/, '')}…`;
}

/**
 * A sentence that introduces items: "Cities: Lyon, Paris and Nice." with a title, else
 * "Here are 3 options: Lyon, Paris and Nice." (`noun` is the plural, e.g. "options").
 */
export function introduce(title: string | undefined, items: readonly string[], noun: string): string {
  if (items.length === 0) return title ? `${title}: nothing to show.` : `There are no ${noun} to show.`;
  const listed = spokenList(items);
  if (title) return `${title.replace(/[:.]\s*$/, '')}: ${listed}.`;
  return items.length === 1 ? `Here is one: ${listed}.` : `Here are ${items.length} ${noun}: ${listed}.`;
}

/** A scalar as short text: strings as they are, numbers and booleans as written, others as JSON. */
export function scalarText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The first string among an object's `keys` (e.g. label, name, title), or undefined. */
export function firstText(item: unknown, keys: readonly string[]): string | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  for (const key of keys) {
    const value = (item as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (typeof value === 'number') return String(value);
  }
  return undefined;
}

/** Keys whose value names an item, in order of preference. */
export const NAME_KEYS = ['label', 'name', 'title', 'text', 'value', 'id'] as const;
