import type { ReactNode } from 'react';
import type { AnalyticsReport, SourceFigures } from './analytics-api';
import { CHANNEL_NAMES, formatCount, formatRate } from './format';

/** A compact, horizontally scrollable table with a caption; numbers right-aligned. */
export function FigureTable({
  caption,
  head,
  rows,
  empty,
}: {
  caption: string;
  head: string[];
  rows: ReactNode[][];
  /** Shown instead of the table when there are no rows. */
  empty: string;
}) {
  if (rows.length === 0) return <p className="text-sm text-fg-muted">{empty}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-line text-left text-[11px] uppercase tracking-wide text-fg-subtle">
            {head.map((h, i) => (
              <th
                key={h}
                scope="col"
                className={i === 0 ? 'py-2 pr-2 font-medium' : 'px-1 py-2 text-right font-medium sm:px-2'}
              >
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, r) => (
            <tr key={r} className="border-b border-line last:border-0">
              {cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="py-2 pr-2 text-left font-normal">
                    {cell}
                  </th>
                ) : (
                  <td key={i} className="px-1 py-2 text-right tabular-nums sm:px-2">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The funnel's figures per step. */
export function StepTable({ steps }: { steps: AnalyticsReport['steps'] }) {
  return (
    <FigureTable
      caption="Step funnel"
      head={['Step', 'Reached', 'Skipped', 'Stopped', 'Drop-off']}
      rows={steps.map((s) => [
        s.title,
        formatCount(s.reached),
        formatCount(s.skipped),
        formatCount(s.dropped),
        formatRate(s.drop_off_rate),
      ])}
      empty="No steps."
    />
  );
}

/** Validation problems and corrections per field. */
export function FieldTable({ fields }: { fields: AnalyticsReport['fields'] }) {
  return (
    <FigureTable
      caption="Errors and corrections per field"
      head={['Field', 'Errors', 'Runs with errors', 'Corrections']}
      rows={fields.map((f) => [
        f.label,
        formatCount(f.errors),
        formatCount(f.error_runs),
        formatCount(f.corrections),
      ])}
      empty="No validation errors or corrections in this range."
    />
  );
}

/** Runs per channel class with their completion rate. */
export function ChannelTable({ channels }: { channels: AnalyticsReport['channels'] }) {
  return (
    <FigureTable
      caption="Runs per channel"
      head={['Channel', 'Runs', 'Share', 'Completed']}
      rows={channels.map((c) => [
        CHANNEL_NAMES[c.channel],
        formatCount(c.runs),
        formatRate(c.share),
        formatRate(c.runs === 0 ? null : c.completions / c.runs),
      ])}
      empty="No runs."
    />
  );
}

/** Views, starts and completions per UTM source or referrer; `none` names the empty value. */
export function SourceTable({
  caption,
  sources,
  none,
}: {
  caption: string;
  sources: SourceFigures[];
  none: string;
}) {
  return (
    <FigureTable
      caption={caption}
      head={[caption, 'Views', 'Starts', 'Completed']}
      rows={sources.map((s) => [
        s.source === '' ? (
          <span className="text-fg-muted">{none}</span>
        ) : (
          <span className="break-all">{s.source}</span>
        ),
        formatCount(s.views),
        formatCount(s.starts),
        formatCount(s.completions),
      ])}
      empty="No visits in this range."
    />
  );
}
