import { z } from 'zod';
import type { RendererModule } from './module.js';
import { itemsOf } from './shapes.js';
import { firstText, introduce, NAME_KEYS, scalarText } from './text.js';

/** A list: items as short texts, in order. */
export const ListDataSchema = z.strictObject({ items: z.array(z.string().max(10_000)).max(1000) });
export type ListData = z.infer<typeof ListDataSchema>;

/** Accepts `{items: […]}` or a list of strings, numbers or objects (named by label/name/title/text, else JSON). */
function toList(raw: unknown): unknown {
  const items = itemsOf(raw, ['items', 'data', 'results']);
  return items ? { items: items.map((item) => firstText(item, NAME_KEYS) ?? scalarText(item)) } : raw;
}

/** The list renderer. Text form: "Here are 3 items: a, b and c." */
export const listRenderer: RendererModule<ListData> = {
  kind: 'list',
  schema: z.preprocess(toList, ListDataSchema),
  text: ({ items }, title) => introduce(title, items, 'items'),
};
