import type { AnalyticsReport } from '../core/analytics-report.js';

/** The columns of the analytics CSV export. */
export const ANALYTICS_CSV_COLUMNS = ['section', 'item', 'label', 'metric', 'value'] as const;

/** One row of the analytics CSV: section, item (a day, step id, field, channel or source), label, metric, value. */
export type AnalyticsCsvRow = [string, string, string, string, string | number | null];

/**
 * The report as rows of one long table (see ANALYTICS_CSV_COLUMNS), so a spreadsheet can pivot it: the
 * totals, each day, each step of the funnel, each field, each channel, each UTM source and referrer, and the
 * conversation funnel with its last questions. Rates are fractions 0..1; empty when undefined.
 */
export function analyticsCsvRows(report: AnalyticsReport): AnalyticsCsvRow[] {
  const rows: AnalyticsCsvRow[] = [];
  const add = (section: string, item: string, label: string, figures: Record<string, unknown>) => {
    for (const [metric, value] of Object.entries(figures))
      rows.push([section, item, label, metric, typeof value === 'number' ? value : null]);
  };
  rows.push(['range', '', '', 'from', report.from], ['range', '', '', 'to', report.to]);
  add('totals', '', '', report.totals);
  for (const { day, ...figures } of report.daily) add('daily', day, '', figures);
  for (const { step_id, title, ...figures } of report.steps) add('steps', step_id, title, figures);
  for (const { field, label, ...figures } of report.fields) add('fields', field, label, figures);
  for (const { channel, ...figures } of report.channels) add('channels', channel, '', figures);
  for (const { source, ...figures } of report.utm_sources) add('utm_sources', source, '', figures);
  for (const { source, ...figures } of report.referrers) add('referrers', source, '', figures);
  const { last_questions, ...conversation } = report.conversation;
  add('conversation', '', '', conversation);
  for (const q of last_questions) add('last_questions', q.step_id, q.question, { runs: q.runs });
  return rows;
}
