import { z } from 'zod';
import type { RendererModule } from './module.js';
import { itemsOf } from './shapes.js';
import { firstText, introduce } from './text.js';

const ChoiceSchema = z.strictObject({
  value: z.string().min(1).max(500),
  label: z.string().min(1).max(500),
  description: z.string().max(2000).optional(),
});

/** A dropdown: choices to browse, each with a value, a label and an optional description. */
export const DropdownDataSchema = z.strictObject({ options: z.array(ChoiceSchema).max(1000) });
export type DropdownData = z.infer<typeof DropdownDataSchema>;

function choice(item: unknown, i: number): unknown {
  if (typeof item === 'string' || typeof item === 'number')
    return { value: String(item), label: String(item) };
  const value = firstText(item, ['value', 'id', 'code', 'key', 'name', 'label', 'title']) ?? String(i + 1);
  const label = firstText(item, ['label', 'name', 'title', 'text', 'value', 'id']) ?? value;
  const description = firstText(item, ['description', 'summary', 'detail']);
  return { value, label, ...(description ? { description } : {}) };
}

/** Accepts `{options: […]}` or a list of strings, numbers or objects (value from value/id/code, label from label/name/title). */
function toDropdown(raw: unknown): unknown {
  const items = itemsOf(raw, ['options', 'items', 'data', 'results']);
  return items ? { options: items.map(choice) } : raw;
}

/** The dropdown renderer. Text form: "Cities: Lyon, Paris and Nice." */
export const dropdownRenderer: RendererModule<DropdownData> = {
  kind: 'dropdown',
  schema: z.preprocess(toDropdown, DropdownDataSchema),
  text: ({ options }, title) =>
    introduce(
      title,
      options.map((o) => o.label),
      'options',
    ),
};
