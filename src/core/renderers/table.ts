import { z } from 'zod';
import type { RendererModule } from './module.js';
import { humanise, isRecord, itemsOf } from './shapes.js';
import { count, scalarText } from './text.js';

const CellSchema = z.union([z.string().max(10_000), z.number(), z.boolean(), z.null()]);
const ColumnSchema = z.strictObject({ key: z.string().min(1).max(100), label: z.string().max(200) });

/** A table: its columns (key and heading) and rows (cells by column key; strings, numbers, booleans, null). */
export const TableDataSchema = z.strictObject({
  columns: z.array(ColumnSchema).min(1, 'a table needs at least one column').max(50),
  rows: z.array(z.record(z.string(), CellSchema)).max(1000),
});
export type TableData = z.infer<typeof TableDataSchema>;

/** A cell as a scalar: nested objects and arrays become JSON text. */
function cell(value: unknown): unknown {
  if (value === undefined) return null;
  return value !== null && typeof value === 'object' ? JSON.stringify(value) : value;
}

/**
 * Accepts `{columns, rows}` (columns as `{key, label}` or as keys) or a list of objects (the columns are the
 * keys in order of first appearance, headed by their humanised names), or a list of scalars (one column).
 */
function toTable(raw: unknown): unknown {
  const rows = itemsOf(raw, ['rows', 'items', 'data', 'results']);
  if (!rows) return raw;
  const declared = isRecord(raw) && Array.isArray(raw.columns) ? raw.columns : undefined;
  if (rows.every((r) => !isRecord(r)))
    return { columns: [{ key: 'value', label: 'Value' }], rows: rows.map((r) => ({ value: cell(r) })) };
  const keys = declared
    ? declared.map((c) => (isRecord(c) ? c.key : c))
    : [...new Set(rows.flatMap((r) => (isRecord(r) ? Object.keys(r) : [])))];
  const columns = declared
    ? declared.map((c) => (isRecord(c) ? c : { key: String(c), label: humanise(String(c)) }))
    : keys.map((k) => ({ key: String(k), label: humanise(String(k)) }));
  return {
    columns,
    rows: rows.map((r) =>
      Object.fromEntries(keys.map((k) => [String(k), cell(isRecord(r) ? r[String(k)] : undefined)])),
    ),
  };
}

/** The table renderer. Text form: "Your price: 1 row. Item Lyon, price 240." (rows spelled out up to 3). */
export const tableRenderer: RendererModule<TableData> = {
  kind: 'table',
  schema: z.preprocess(toTable, TableDataSchema),
  text({ columns, rows }, title) {
    const head = `${title ?? 'Here is a table'}: ${count(rows.length, 'row')}`;
    if (rows.length === 0 || rows.length > 3)
      return `${head} with ${columns.map((c) => c.label).join(', ')}.`;
    const spelled = rows.map((row) =>
      columns
        .map((c, i) => `${i === 0 ? c.label : c.label.toLowerCase()} ${scalarText(row[c.key])}`)
        .join(', '),
    );
    return `${head}. ${spelled.join('; ')}.`;
  },
};
