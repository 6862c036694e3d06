import { pathToFileURL } from 'node:url';
import { sql, type SQL } from 'drizzle-orm';
import { AnalyticsService } from '../src/analytics/service.js';
import { analyticsSql, type AnalyticsScope } from '../src/db/analytics.js';
import { openDatabase, queryRows } from '../src/db/client.js';
import { createScratchDatabase } from '../src/db/scratch.js';
import { seedAnalytics, SEED_DAYS } from './analytics-seed.js';
import { fmt, quantile } from './stats.js';

/**
 * Analytics at scale on PostgreSQL (DATABASE_URL; skipped without it): seeds 100k runs of one wizard and 50k
 * of another tenant's (with their events, guide transcripts and 150k views, see analytics-seed.ts), then
 * prints for each analytics query the planner's total cost (EXPLAIN) and its median time over 5 runs, for
 * the whole 90 days (every run of the wizard) and for the last 7 days, and the time of the whole report.
 * Figures only; it never fails on speed.
 */

const RUNS = 100_000;
const OTHER_RUNS = 50_000;
const VIEWS = 150_000;
const REPEATS = 5;

/** The planner's estimated total cost of a statement. */
async function planCost(db: Parameters<typeof queryRows>[0], query: SQL): Promise<number> {
  const [row] = await queryRows<{ 'QUERY PLAN': Array<{ Plan: { 'Total Cost': number } }> }>(
    db,
    sql`explain (format json) ${query}`,
  );
  const plan = row!['QUERY PLAN'];
  return (typeof plan === 'string' ? (JSON.parse(plan) as typeof plan) : plan)[0]!.Plan['Total Cost'];
}

/** The median of `REPEATS` timings of `run`, in ms. */
async function medianMs(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return quantile(times, 0.5);
}

/** Prints the EXPLAIN cost and time of each analytics query over 100k runs on PostgreSQL. */
export async function benchAnalytics(): Promise<void> {
  console.log(`analytics queries (${RUNS / 1000}k runs of one wizard, PostgreSQL)`);
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    console.log('  skipped: DATABASE_URL is not set');
    return;
  }
  const scratch = await createScratchDatabase(serverUrl, 'guidepost_bench');
  try {
    const database = await openDatabase({ databaseUrl: scratch.url, dataDir: '' });
    try {
      const { db } = database;
      const t0 = performance.now();
      const wizardId = await seedAnalytics(db, 'bench', RUNS, VIEWS);
      await seedAnalytics(db, 'other', OTHER_RUNS, 0);
      const [counts] = await queryRows<{ events: number; transcripts: number }>(
        db,
        sql`select (select count(*) from run_events)::int as events, (select count(*) from transcript_entries)::int as transcripts`,
      );
      console.log(
        `  seeded ${RUNS + OTHER_RUNS} runs, ${counts!.events} events, ${counts!.transcripts} transcript entries, ` +
          `${VIEWS} views in ${fmt((performance.now() - t0) / 1000, 1)} s`,
      );
      const to = new Date(Date.now() + 86_400_000);
      const scopeOf = (days: number): AnalyticsScope => ({
        tenantId: 'bench',
        wizardId,
        from: new Date(to.getTime() - days * 86_400_000),
        to,
      });
      const [all, week] = [scopeOf(SEED_DAYS + 1), scopeOf(7)];
      const queries: Array<[string, (scope: AnalyticsScope) => SQL]> = [
        ['summary', analyticsSql.summary],
        ['daily', analyticsSql.daily],
        ['stepFunnel', analyticsSql.stepFunnel],
        ['fieldFigures', analyticsSql.fieldFigures],
        ['channelSplit', analyticsSql.channelSplit],
        ['bySource utm', (scope) => analyticsSql.bySource(scope, 'utm_source')],
        ['bySource referrer', (scope) => analyticsSql.bySource(scope, 'referrer')],
        ['lastQuestions', analyticsSql.lastQuestions],
        ['conversation', analyticsSql.conversation],
      ];
      console.log(
        `  ${'query'.padEnd(18)} ${'90 days: cost'.padStart(16)} ${'time'.padStart(10)}   ${'7 days: cost'.padStart(13)} ${'time'.padStart(10)}`,
      );
      for (const [name, build] of queries) {
        const cells: string[] = [];
        for (const scope of [all, week]) {
          const query = build(scope);
          cells.push(fmt(await planCost(db, query)).padStart(scope === all ? 16 : 13));
          cells.push(`${fmt(await medianMs(() => queryRows(db, query)), 1)} ms`.padStart(10));
        }
        console.log(`  ${name.padEnd(18)} ${cells[0]} ${cells[1]}   ${cells[2]} ${cells[3]}`);
      }
      const service = new AnalyticsService(db);
      for (const scope of [all, week]) {
        const range = {
          from: scope.from.toISOString().slice(0, 10),
          to: scope.to.toISOString().slice(0, 10),
        };
        const report = await service.report('bench', wizardId, range);
        const ms = await medianMs(() => service.report('bench', wizardId, range));
        console.log(
          `  whole report, ${range.from}..${range.to}: ${fmt(ms, 1)} ms (${report.totals.starts} starts, ` +
            `${report.totals.completions} completions)`,
        );
      }
    } finally {
      await database.close();
    }
  } finally {
    await scratch.drop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchAnalytics().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
