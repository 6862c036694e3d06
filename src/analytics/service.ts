import { DomainError, notFoundError } from '../core/errors.js';
import { REVIEW_STEP_ID } from '../core/wizard/run-state.js';
import type { WizardDefinition } from '../core/wizard/definition.js';
import * as q from '../db/analytics.js';
import type { Db } from '../db/client.js';
import { isUuid } from '../db/runs.js';
import { getWizard } from '../db/wizards.js';
import { CHANNEL_CLASSES, type AnalyticsReport } from '../core/analytics-report.js';

export type { AnalyticsReport } from '../core/analytics-report.js';

/** Longest range a report covers, in days. */
export const MAX_RANGE_DAYS = 366;
/** The range a report covers when none is given: the last 30 UTC days, today included. */
export const DEFAULT_RANGE_DAYS = 30;

const DAY_MS = 86_400_000;

/** A range of UTC days, both inclusive, as `YYYY-MM-DD`; either end may be missing. */
export interface DayRange {
  from?: string;
  to?: string;
}

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Resolves a day range: `to` defaults to today (UTC), `from` to DEFAULT_RANGE_DAYS - 1 days before `to`.
 * Throws DomainError `bad_request` naming `query.from`/`query.to` for a day that does not exist, a `from`
 * after `to`, or a range longer than MAX_RANGE_DAYS.
 */
export function resolveRange(range: DayRange, now = new Date()): { from: Date; to: Date } {
  const parse = (value: string, name: string) => {
    const date = new Date(`${value}T00:00:00.000Z`);
    if (Number.isNaN(date.getTime()) || isoDay(date) !== value)
      throw badRange(name, `${value} is not a calendar day (YYYY-MM-DD)`);
    return date;
  };
  const to = range.to ? parse(range.to, 'query.to') : new Date(`${isoDay(now)}T00:00:00.000Z`);
  const from = range.from
    ? parse(range.from, 'query.from')
    : new Date(to.getTime() - (DEFAULT_RANGE_DAYS - 1) * DAY_MS);
  if (from > to) throw badRange('query.from', 'must not be after to');
  if ((to.getTime() - from.getTime()) / DAY_MS + 1 > MAX_RANGE_DAYS)
    throw badRange('query.from', `the range may cover at most ${MAX_RANGE_DAYS} days`);
  return { from, to: new Date(to.getTime() + DAY_MS) };
}

function badRange(name: string, reason: string): DomainError {
  return new DomainError('bad_request', `${name} ${reason}`, { invalidParams: [{ name, reason }] });
}

/**
 * Wizard analytics (see AnalyticsReport for each figure's meaning): resolves the range, checks that the
 * wizard belongs to the tenant (404 otherwise), runs the aggregate queries of db/analytics.ts and labels
 * steps and fields from the wizard's draft definition.
 */
export class AnalyticsService {
  constructor(private readonly db: Db) {}

  /** The report of one wizard over a day range. Throws 404 for a wizard outside the tenant, 400 for a bad range. */
  async report(tenantId: string, wizardId: string, range: DayRange): Promise<AnalyticsReport> {
    const { from, to } = resolveRange(range);
    const wizard = isUuid(wizardId) ? await getWizard(this.db, wizardId, tenantId) : null;
    if (!wizard) throw notFoundError(`wizard ${wizardId}`);
    const scope: q.AnalyticsScope = { tenantId, wizardId, from, to };
    const [summary, daily, steps, fields, channels, utm, referrers, conversation, questions] =
      await Promise.all([
        q.summary(this.db, scope),
        q.daily(this.db, scope),
        q.stepFunnel(this.db, scope),
        q.fieldFigures(this.db, scope),
        q.channelSplit(this.db, scope),
        q.bySource(this.db, scope, 'utm_source'),
        q.bySource(this.db, scope, 'referrer'),
        q.conversation(this.db, scope),
        q.lastQuestions(this.db, scope),
      ]);
    const definition = wizard.draft;
    const stepTitle = stepTitles(definition);
    const fieldLabel = new Map(definition.steps.flatMap((s) => s.fields.map((f) => [f.name, f.label])));
    return {
      wizard_id: wizardId,
      from: isoDay(from),
      to: isoDay(new Date(to.getTime() - DAY_MS)),
      totals: {
        views: summary.views,
        page_views: summary.page_views,
        embed_views: summary.embed_views,
        starts: summary.starts,
        completions: summary.completions,
        abandoned: summary.abandoned,
        completion_rate: ratio(summary.completions, summary.starts),
        start_rate: ratio(summary.starts, summary.views),
        median_seconds_to_complete: summary.median_seconds,
        p90_seconds_to_complete: summary.p90_seconds,
      },
      daily: dailySeries(from, to, daily),
      steps: orderSteps(definition, steps).map((s) => ({
        step_id: s.step_id,
        title: stepTitle(s.step_id),
        reached: s.reached,
        skipped: s.skipped,
        dropped: s.dropped,
        drop_off_rate: ratio(s.dropped, s.reached),
      })),
      fields: fields.map((f) => ({
        field: f.field,
        label: f.field === '' ? 'Whole step' : (fieldLabel.get(f.field) ?? f.field),
        errors: f.errors,
        error_runs: f.error_runs,
        corrections: f.corrections,
        correction_runs: f.correction_runs,
      })),
      channels: CHANNEL_CLASSES.map((channel) => {
        const row = channels.find((c) => c.channel === channel);
        return {
          channel,
          runs: row?.runs ?? 0,
          completions: row?.completions ?? 0,
          share: ratio(row?.runs ?? 0, summary.starts),
        };
      }),
      utm_sources: utm,
      referrers,
      conversation: {
        guided_runs: conversation.guided_runs,
        guided_completions: conversation.guided_completions,
        switched_runs: conversation.switched_runs,
        switch_rate: ratio(conversation.switched_runs, summary.starts),
        form_to_chat: conversation.form_to_chat,
        chat_to_form: conversation.chat_to_form,
        last_questions: questions.map((row) => ({
          question: row.question,
          step_id: row.step_id,
          step_title: stepTitle(row.step_id),
          runs: row.runs,
        })),
      },
    };
  }
}

/** A step id's title in the definition: "Review" for the review page, the id itself for a removed step. */
function stepTitles(definition: WizardDefinition): (id: string) => string {
  const titles = new Map(definition.steps.map((s) => [s.id, s.title]));
  return (id) =>
    id === REVIEW_STEP_ID ? (definition.settings?.review_title ?? 'Review') : (titles.get(id) ?? id);
}

/**
 * The funnel rows in the definition's step order (steps nobody reached included, with zeros), then steps of
 * older versions that the definition no longer has, then the review page.
 */
function orderSteps(definition: WizardDefinition, rows: q.StepRow[]): q.StepRow[] {
  const byId = new Map(rows.map((r) => [r.step_id, r]));
  const zero = (step_id: string): q.StepRow => ({ step_id, reached: 0, skipped: 0, dropped: 0 });
  const known = new Set([...definition.steps.map((s) => s.id), REVIEW_STEP_ID]);
  return [
    ...definition.steps.map((s) => byId.get(s.id) ?? zero(s.id)),
    ...rows.filter((r) => !known.has(r.step_id)),
    byId.get(REVIEW_STEP_ID) ?? zero(REVIEW_STEP_ID),
  ];
}

/** One entry per day of [from, to) with the day's views, starts and completions (0 when none). */
function dailySeries(from: Date, to: Date, rows: q.DailyRow[]): AnalyticsReport['daily'] {
  const counts = new Map<string, { views: number; starts: number; completions: number }>();
  for (let t = from.getTime(); t < to.getTime(); t += DAY_MS)
    counts.set(isoDay(new Date(t)), { views: 0, starts: 0, completions: 0 });
  const key = { view: 'views', start: 'starts', completion: 'completions' } as const;
  for (const row of rows) {
    const day = counts.get(row.day);
    if (day) day[key[row.kind]] += row.n;
  }
  return [...counts].map(([day, c]) => ({ day, ...c }));
}
