import { z } from 'zod';
import type { FieldTypeModule } from './field-type.js';
import { multiSelectField } from './multi-select.js';

/** One column of a dynamic_table field (`settings.columns`): the key of its cells and its heading. */
export const TableColumnSchema = z.strictObject({
  key: z.string().min(1).max(64),
  label: z.string().min(1).max(200),
});
export type TableColumn = z.infer<typeof TableColumnSchema>;

/**
 * The columns of a dynamic_table field: `settings.columns` when they parse, else one "Label" column (the
 * option labels). Never throws.
 */
export function tableColumns(settings: Record<string, unknown> | undefined): TableColumn[] {
  const parsed = z.array(TableColumnSchema).min(1).safeParse(settings?.columns);
  return parsed.success ? parsed.data : [{ key: 'label', label: 'Label' }];
}

/**
 * `dynamic_table`: rows loaded by an action (`optionSet.onLoad` into the field's option set, with a cell per
 * column of `settings.columns`), of which the visitor selects one or more. Canonical value, input, rules and
 * messages: those of multi_select (the selected rows' option values, in row order).
 */
export const dynamicTableField: FieldTypeModule<string[]> = { ...multiSelectField, type: 'dynamic_table' };
