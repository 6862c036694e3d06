import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RunListItem } from '../../../runs/run-records.js';
import { requireRole, signedIn } from './access.js';
import { exportFilterOf, runJson, RunExportQuery } from './schemas.js';

/** The run columns every CSV export starts with, before one column per field. */
export const RUN_COLUMNS = [
  'run_id',
  'wizard',
  'wizard_version',
  'status',
  'channel',
  'visitor_id',
  'started_at',
  'updated_at',
  'completed_at',
  'metadata',
] as const;

/**
 * A CSV cell for a field value: strings as they are, numbers and booleans as text, lists joined by "; ",
 * other objects as JSON, nothing for null. A text that a spreadsheet would run as a formula (starting with
 * `=`, `@`, a tab or carriage return, or `+`/`-` before a non-digit) gets a leading apostrophe (OWASP CSV
 * injection advice); phone numbers such as "+44 20…" and negative numbers stay as they are.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (typeof value === 'string') text = value;
  else if (Array.isArray(value))
    text = value.map((v) => (v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v))).join('; ');
  else if (typeof value === 'object') text = JSON.stringify(value);
  else return String(value);
  return /^(?:[=@\t\r]|[+-](?!\d))/.test(text) ? `'${text}` : text;
}

/** `runs-<wizard slug or "all">-<YYYY-MM-DD>.<ext>`. */
function fileName(slug: string | null, ext: string): string {
  const safe = (slug ?? 'all').replace(/[^a-z0-9-]/gi, '') || 'all';
  return `runs-${safe}-${new Date().toISOString().slice(0, 10)}.${ext}`;
}

/**
 * `GET /api/v1/runs/export` (admins): every run of the tenant matching the list filters (wizard, status,
 * channel, dates, search) as a file download, newest first, streamed. `format=csv` (default): a header row of
 * the run columns ({@link RUN_COLUMNS}) then one column per field (a field named like a run column is
 * headed `value.<name>`), one row per run. `format=json`: an array of runs as `GET /runs` shows them, with
 * `wizard_name`. Errors: 400 for a bad filter, 401/403 for callers who are not admins.
 */
const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/runs/export',
    {
      preHandler: requireRole(app, 'admin'),
      schema: {
        tags: ['runs'],
        security: [{ bearer: [] }, { cookie: [] }],
        summary: "Download the tenant's runs matching the list filters as CSV (one column per field) or JSON",
        querystring: RunExportQuery,
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const filter = exportFilterOf(query, signedIn(request).tenantId);
      const { fields, slug } = await app.runRecords.exportColumns(filter);
      reply.header('cache-control', 'no-store');
      reply.header(
        'content-disposition',
        `attachment; filename="${fileName(query.wizard_id ? slug : null, format)}"`,
      );
      if (format === 'json') {
        reply.type('application/json; charset=utf-8');
        return reply.send(Readable.from(jsonChunks(app.runRecords.exportRuns(filter))));
      }
      const runColumns: readonly string[] = RUN_COLUMNS;
      const header = [...RUN_COLUMNS, ...fields.map((f) => (runColumns.includes(f) ? `value.${f}` : f))];
      const csv = stringify({ header: true, columns: header });
      reply.type('text/csv; charset=utf-8');
      pipeline(Readable.from(csvRows(app.runRecords.exportRuns(filter), fields)), csv).catch(
        (error: unknown) => request.log.error({ err: error }, 'run export failed mid-stream'),
      );
      return reply.send(csv);
    },
  );
};

/** CSV records (arrays in header order) of the runs. */
async function* csvRows(runs: AsyncIterable<RunListItem>, fields: readonly string[]) {
  for await (const run of runs)
    yield [
      run.id,
      run.wizardName ?? run.wizardId,
      run.wizardVersion,
      run.status,
      run.channel,
      run.visitorId ?? '',
      run.createdAt.toISOString(),
      run.updatedAt.toISOString(),
      run.completedAt?.toISOString() ?? '',
      Object.keys(run.metadata).length > 0 ? JSON.stringify(run.metadata) : '',
      ...fields.map((f) => csvCell(run.values[f])),
    ];
}

/** The text of a JSON array of the runs, a run at a time. */
async function* jsonChunks(runs: AsyncIterable<RunListItem>): AsyncGenerator<string> {
  let first = true;
  yield '[';
  for await (const run of runs) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify({ ...runJson(run), wizard_name: run.wizardName })}`;
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}

export default exportRoutes;
