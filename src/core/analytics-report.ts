import { z } from 'zod';

/**
 * The analytics report of one wizard over a range of UTC days, as the API answers it and the web app reads
 * it: one zod schema for both. Counts are integers; rates are fractions 0..1 (null when their denominator is
 * 0); durations are seconds. What each figure means is in the README ("Analytics").
 */

/** How a run was filled: the form, the guide by text or by voice, both form and guide, or an AI agent (MCP). */
export const CHANNEL_CLASSES = ['form', 'chat', 'voice', 'mixed', 'agent'] as const;
export type ChannelClass = (typeof CHANNEL_CLASSES)[number];

const count = z.number().int();
const rate = z.number().nullable();

/** Views, starts and completions of one attribution value (a UTM source or a referring host; '' = none). */
export const SourceFiguresSchema = z.object({
  source: z.string(),
  views: count,
  starts: count,
  completions: count,
});
export type SourceFigures = z.infer<typeof SourceFiguresSchema>;

export const AnalyticsReportSchema = z.object({
  wizard_id: z.string(),
  from: z.string().describe('first UTC day, inclusive (YYYY-MM-DD)'),
  to: z.string().describe('last UTC day, inclusive (YYYY-MM-DD)'),
  totals: z.object({
    views: count.describe('public page and embed views, once per visitor per day'),
    page_views: count,
    embed_views: count,
    starts: count.describe('runs started in the range'),
    completions: count.describe('of those, the completed ones'),
    abandoned: count.describe('of those, the ones marked abandoned'),
    completion_rate: rate.describe('completions / starts'),
    start_rate: rate.describe('starts / views'),
    median_seconds_to_complete: z.number().nullable(),
    p90_seconds_to_complete: z.number().nullable(),
  }),
  daily: z
    .array(z.object({ day: z.string(), views: count, starts: count, completions: count }))
    .describe('every day of the range; completions on the day they happened'),
  steps: z
    .array(
      z.object({
        step_id: z.string(),
        title: z.string(),
        reached: count.describe('runs that reached the step'),
        skipped: count.describe('runs whose branch skipped the step (not drop-offs)'),
        dropped: count.describe('runs that reached the step and stopped there without completing'),
        drop_off_rate: rate.describe('dropped / reached'),
      }),
    )
    .describe("the step funnel in the definition's order, then the review page"),
  fields: z
    .array(
      z.object({
        field: z.string(),
        label: z.string(),
        errors: count,
        error_runs: count,
        corrections: count,
        correction_runs: count,
      }),
    )
    .describe('fields with validation problems or corrections, most first'),
  channels: z
    .array(z.object({ channel: z.enum(CHANNEL_CLASSES), runs: count, completions: count, share: rate }))
    .describe('runs per channel class, every class listed'),
  utm_sources: z.array(SourceFiguresSchema),
  referrers: z.array(SourceFiguresSchema),
  conversation: z.object({
    guided_runs: count.describe('runs with a guide conversation'),
    guided_completions: count,
    switched_runs: count.describe('runs that moved between the form and the guide at least once'),
    switch_rate: rate.describe('switched_runs / starts'),
    form_to_chat: count,
    chat_to_form: count,
    last_questions: z
      .array(z.object({ question: z.string(), step_id: z.string(), step_title: z.string(), runs: count }))
      .describe("the guide's last message before guided runs stopped, most frequent first"),
  }),
});
export type AnalyticsReport = z.infer<typeof AnalyticsReportSchema>;
