/** Reading the common shapes of action outputs (plain JSON, MCP tool results). Pure. */

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The items of an output: the array itself, or the first array among an object's `keys` (e.g. rows, items),
 * or undefined.
 */
export function itemsOf(value: unknown, keys: readonly string[]): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (!isRecord(value)) return undefined;
  for (const key of keys) if (Array.isArray(value[key])) return value[key] as unknown[];
  return undefined;
}

/** One content part of an MCP tool result (`{content: [{type: "text", text}, {type: "image", data, mimeType}]}`). */
export interface McpContent {
  type: string;
  text?: string;
  data?: string;
  mimeType?: string;
}

/** The content parts of an MCP tool result, or undefined when the value is not one. */
export function mcpContent(value: unknown): McpContent[] | undefined {
  if (!isRecord(value) || !Array.isArray(value.content)) return undefined;
  const parts = value.content.filter((p): p is McpContent => isRecord(p) && typeof p.type === 'string');
  return parts.length === value.content.length ? parts : undefined;
}

/** The text of an MCP result's text parts joined by blank lines, or undefined when it has none. */
export function mcpText(value: unknown): string | undefined {
  const texts = mcpContent(value)
    ?.filter((p) => p.type === 'text' && typeof p.text === 'string')
    .map((p) => p.text!);
  return texts && texts.length > 0 ? texts.join('\n\n') : undefined;
}

/** "unit_price" → "Unit price", "firstName" → "First name". */
export function humanise(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : key;
}
