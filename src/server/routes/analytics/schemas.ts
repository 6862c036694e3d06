import { z } from 'zod';
import { CHANNEL_CLASSES } from '../../../analytics/report.js';

/** Zod schemas of the analytics API (the report's shape is documented on AnalyticsReport). */

const day = z.iso.date({ error: 'must be a calendar day as YYYY-MM-DD' });

export const AnalyticsParams = z.object({ id: z.uuid({ error: 'must be a wizard id (a uuid)' }) });

export const AnalyticsQuery = z.strictObject({
  from: day.optional().describe('first UTC day, inclusive (default: 29 days before `to`)'),
  to: day.optional().describe('last UTC day, inclusive (default: today)'),
});

const count = z.number().int();
const rate = z.number().nullable();
const source = z.object({ source: z.string(), views: count, starts: count, completions: count });

export const AnalyticsReportSchema = z.object({
  wizard_id: z.string(),
  from: z.string(),
  to: z.string(),
  totals: z.object({
    views: count.describe('public page and embed views, once per visitor per day'),
    page_views: count,
    embed_views: count,
    starts: count.describe('runs started in the range'),
    completions: count.describe('of those, the completed ones'),
    abandoned: count,
    completion_rate: rate.describe('completions / starts'),
    start_rate: rate.describe('starts / views'),
    median_seconds_to_complete: z.number().nullable(),
    p90_seconds_to_complete: z.number().nullable(),
  }),
  daily: z.array(z.object({ day: z.string(), views: count, starts: count, completions: count })),
  steps: z.array(
    z.object({
      step_id: z.string(),
      title: z.string(),
      reached: count,
      skipped: count.describe('runs whose branch skipped the step (not drop-offs)'),
      dropped: count.describe('runs that reached the step and stopped there'),
      drop_off_rate: rate.describe('dropped / reached'),
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
  channels: z.array(
    z.object({ channel: z.enum(CHANNEL_CLASSES), runs: count, completions: count, share: rate }),
  ),
  utm_sources: z.array(source),
  referrers: z.array(source),
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
