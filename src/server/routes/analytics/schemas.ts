import { z } from 'zod';

/** Zod schemas of the analytics API (the report's shape is documented on AnalyticsReport). */

const day = z.iso.date({ error: 'must be a calendar day as YYYY-MM-DD' });

export const AnalyticsParams = z.object({ id: z.uuid({ error: 'must be a wizard id (a uuid)' }) });

export const AnalyticsQuery = z.strictObject({
  from: day.optional().describe('first UTC day, inclusive (default: 29 days before `to`)'),
  to: day.optional().describe('last UTC day, inclusive (default: today)'),
});

export { AnalyticsReportSchema } from '../../../core/analytics-report.js';
