import type { LoadedOption } from '../../../../src/core/events/run-events';
import { tableColumns } from '../../../../src/core/wizard/field-types/index';
import { cx } from '../../ui/cx';
import type { ControlProps } from '../field-props';

/**
 * dynamic_table: the rows an action loaded into the field's option set, as an accessible table (column
 * headers from `settings.columns`, cells from each row's `cells`) with a checkbox per row; the value is the
 * checked rows' option values. Before anything is loaded it says so.
 */
export function DynamicTableControl({
  field,
  view,
  id,
  describedBy,
  invalid,
  disabled,
  onRaw,
  onBlur,
}: ControlProps) {
  const rows = (view.options ?? field.options ?? []) as Array<LoadedOption & { synonyms?: string[] }>;
  const columns = tableColumns(field.settings);
  const selected = new Set(Array.isArray(view.value) ? (view.value as string[]) : []);
  if (rows.length === 0)
    return (
      <p
        id={id}
        className="rounded-lg border border-dashed border-line-strong px-4 py-3 text-sm text-fg-muted"
      >
        Nothing to choose from yet.
      </p>
    );
  const toggle = (value: string, checked: boolean) => {
    const next = rows.map((r) => r.value).filter((v) => (v === value ? checked : selected.has(v)));
    onRaw(next.length === 0 ? null : next);
  };
  return (
    <div className="max-h-96 overflow-auto rounded-xl border border-line">
      <table className="w-full text-left text-sm" aria-describedby={describedBy}>
        <caption className="sr-only">{field.label}</caption>
        <thead className="sticky top-0 bg-surface-hover text-fg-muted">
          <tr>
            <th scope="col" className="w-10 px-3 py-2">
              <span className="sr-only">Selected</span>
            </th>
            {columns.map((c) => (
              <th key={c.key} scope="col" className="px-3 py-2 font-medium">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr
              key={row.value}
              className={cx('border-t border-line', selected.has(row.value) && 'bg-accent-soft')}
            >
              <td className="px-3 py-2">
                <input
                  id={i === 0 ? id : undefined}
                  type="checkbox"
                  name={field.name}
                  value={row.value}
                  checked={selected.has(row.value)}
                  disabled={disabled}
                  aria-invalid={invalid || undefined}
                  aria-label={row.label}
                  onChange={(e) => toggle(row.value, e.target.checked)}
                  onBlur={onBlur}
                  className="size-4 rounded accent-(--gp-accent)"
                />
              </td>
              {columns.map((c) => (
                <td key={c.key} className="px-3 py-2 text-fg">
                  {c.key === 'label' && row.cells?.label === undefined
                    ? row.label
                    : cellText(row.cells?.[c.key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function cellText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}
