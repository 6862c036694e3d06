import { stringify } from 'csv-stringify/sync';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ANALYTICS_CSV_COLUMNS, analyticsCsvRows } from '../../../analytics/csv.js';
import { principalOf } from '../../auth/principal.js';
import { SECURITY } from '../../auth/schemas.js';
import { csvCell } from '../runs/export.js';
import { AnalyticsParams, AnalyticsQuery, AnalyticsReportSchema } from './schemas.js';

/**
 * Wizard analytics (members and above, the caller's tenant; another tenant's wizard is a 404):
 * `GET /api/v1/wizards/:id/analytics?from=&to=` answers the report as JSON, and
 * `GET /api/v1/wizards/:id/analytics/export?from=&to=` the same figures as a CSV download (one row per
 * figure: section, item, label, metric, value). Days are UTC, both ends inclusive; the default range is the
 * last 30 days; a bad day, a `from` after `to` or more than 366 days is a 400 naming the parameter.
 */
const analyticsRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['analytics'];
  const reader = { onRequest: app.authenticate };

  app.get(
    '/api/v1/wizards/:id/analytics',
    {
      ...reader,
      schema: {
        tags,
        security: SECURITY,
        summary:
          "A wizard's analytics over a range of UTC days: views, starts, completions, time to complete, step " +
          'drop-off, field errors and corrections, channels, sources, conversation funnel',
        params: AnalyticsParams,
        querystring: AnalyticsQuery,
        response: { 200: AnalyticsReportSchema },
      },
    },
    async (request) =>
      app.runtime.analytics.report(principalOf(request).tenantId, request.params.id, request.query),
  );

  app.get(
    '/api/v1/wizards/:id/analytics/export',
    {
      ...reader,
      schema: {
        tags,
        security: SECURITY,
        summary: "Download a wizard's analytics as CSV (columns: section, item, label, metric, value)",
        params: AnalyticsParams,
        querystring: AnalyticsQuery,
      },
    },
    async (request, reply) => {
      const report = await app.runtime.analytics.report(
        principalOf(request).tenantId,
        request.params.id,
        request.query,
      );
      const rows = analyticsCsvRows(report).map((row) => row.map(csvCell));
      reply.header('cache-control', 'no-store');
      reply.header(
        'content-disposition',
        `attachment; filename="analytics-${report.wizard_id}-${report.from}-${report.to}.csv"`,
      );
      reply.type('text/csv; charset=utf-8');
      return stringify(rows, { header: true, columns: [...ANALYTICS_CSV_COLUMNS] });
    },
  );
};

export default analyticsRoutes;
