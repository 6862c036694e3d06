import type { TableData } from '../../../../../src/core/renderers/index';
import type { RendererViewProps } from '../OutputView';

/** The table renderer: a captioned table with column headers (scope="col"), scrolling sideways on phones. */
export function TableView({ data, title }: RendererViewProps<TableData>) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{title ?? 'Result'}</caption>
        <thead className="border-b border-line text-fg-muted">
          <tr>
            {data.columns.map((c) => (
              <th key={c.key} scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row, i) => (
            <tr key={i} className="border-b border-line last:border-0">
              {data.columns.map((c) => (
                <td key={c.key} className="px-3 py-2 text-fg">
                  {cellText(row[c.key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {data.rows.length === 0 && <p className="px-3 py-2 text-sm text-fg-muted">No rows.</p>}
    </div>
  );
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}
