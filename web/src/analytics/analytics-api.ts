import { z } from 'zod';
import { api } from '../api/http';

const count = z.number().int();
const rate = z.number().nullable();
const SourceSchema = z.object({ source: z.string(), views: count, starts: count, completions: count });

/** The channel classes of the report (how runs were filled). */
export const CHANNELS = ['form', 'chat', 'voice', 'mixed', 'agent'] as const;
export type ChannelClass = (typeof CHANNELS)[number];

/** `GET /api/v1/wizards/:id/analytics`: the figures of one wizard over a range of UTC days. */
export const AnalyticsReportSchema = z.object({
  wizard_id: z.string(),
  from: z.string(),
  to: z.string(),
  totals: z.object({
    views: count,
    page_views: count,
    embed_views: count,
    starts: count,
    completions: count,
    abandoned: count,
    completion_rate: rate,
    start_rate: rate,
    median_seconds_to_complete: z.number().nullable(),
    p90_seconds_to_complete: z.number().nullable(),
  }),
  daily: z.array(z.object({ day: z.string(), views: count, starts: count, completions: count })),
  steps: z.array(
    z.object({
      step_id: z.string(),
      title: z.string(),
      reached: count,
      skipped: count,
      dropped: count,
      drop_off_rate: rate,
    }),
  ),
  fields: z.array(
    z.object({
      field: z.string(),
      label: z.string(),
      errors: count,
      error_runs: count,
      corrections: count,
      correction_runs: count,
    }),
  ),
  channels: z.array(z.object({ channel: z.enum(CHANNELS), runs: count, completions: count, share: rate })),
  utm_sources: z.array(SourceSchema),
  referrers: z.array(SourceSchema),
  conversation: z.object({
    guided_runs: count,
    guided_completions: count,
    switched_runs: count,
    switch_rate: rate,
    form_to_chat: count,
    chat_to_form: count,
    last_questions: z.array(
      z.object({ question: z.string(), step_id: z.string(), step_title: z.string(), runs: count }),
    ),
  }),
});
export type AnalyticsReport = z.infer<typeof AnalyticsReportSchema>;
export type SourceFigures = z.infer<typeof SourceSchema>;

/** A range of UTC days, both inclusive (YYYY-MM-DD). */
export interface DayRange {
  from: string;
  to: string;
}

const query = (range: DayRange) => `from=${range.from}&to=${range.to}`;
const base = (wizardId: string) => `/api/v1/wizards/${encodeURIComponent(wizardId)}/analytics`;

/** Loads a wizard's report over a range. */
export async function fetchAnalytics(wizardId: string, range: DayRange): Promise<AnalyticsReport> {
  return AnalyticsReportSchema.parse(await api(`${base(wizardId)}?${query(range)}`));
}

/** The URL of the CSV download of a wizard's report over a range. */
export function analyticsCsvUrl(wizardId: string, range: DayRange): string {
  return `${base(wizardId)}/export?${query(range)}`;
}
