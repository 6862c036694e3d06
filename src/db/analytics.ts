import { sql, type SQL } from 'drizzle-orm';
import type { ChannelClass } from '../core/analytics-report.js';
import { queryRows, type Db } from './client.js';

/**
 * The analytics queries: aggregates over one wizard's runs started in a date range, computed in SQL from the
 * runs rows, their event logs (`run_events`), transcripts and the wizard's views, so no run is loaded into
 * Node. Each query starts from the run cohort (`runs_wizard_created_idx`: wizard, created_at) and reaches
 * events and transcripts through their primary keys (run_id, seq). Every query filters by tenant.
 */

/** Which runs and views an analytics query covers: a wizard of a tenant, runs started in [from, to). */
export interface AnalyticsScope {
  tenantId: string;
  wizardId: string;
  /** Inclusive start (UTC). */
  from: Date;
  /** Exclusive end (UTC). */
  to: Date;
}

/** The runs of the scope that started (a run still `created` has no event yet and is not counted). */
function cohort(s: AnalyticsScope): SQL {
  return sql`select r.id, r.status, r.channel, r.created_at, r.completed_at, r.current_step_id, r.attribution
    from runs r
    where r.tenant_id = ${s.tenantId} and r.wizard_id = ${s.wizardId}
      and r.created_at >= ${s.from.toISOString()}::timestamptz and r.created_at < ${s.to.toISOString()}::timestamptz
      and r.status <> 'created'`;
}

/** Margin for clock differences between the app (event times) and the database (run creation times), in ms. */
const CLOCK_MARGIN_MS = 86_400_000;

/**
 * A condition on `e.at` that every event of a cohort run meets (it happens after the run started, give or
 * take CLOCK_MARGIN_MS): it lets the planner use `run_events_type_at_idx` (type, at) for recent ranges
 * instead of reading every event of a type.
 */
function eventsSince(s: AnalyticsScope): SQL {
  return sql`e.at >= ${new Date(s.from.getTime() - CLOCK_MARGIN_MS).toISOString()}::timestamptz`;
}

/** `YYYY-MM-DD` of a date, the format of `wizard_views.day`. */
const day = (d: Date) => d.toISOString().slice(0, 10);

/** The views of the scope: `day` between the first and the last UTC day of [from, to). */
function views(s: AnalyticsScope): SQL {
  return sql`select v.day, v.source, v.attribution from wizard_views v
    where v.tenant_id = ${s.tenantId} and v.wizard_id = ${s.wizardId}
      and v.day >= ${day(s.from)} and v.day < ${day(s.to)}`;
}

/** Headline figures. Durations in seconds (null without completions). */
export interface SummaryRow extends Record<string, unknown> {
  views: number;
  page_views: number;
  embed_views: number;
  starts: number;
  completions: number;
  abandoned: number;
  median_seconds: number | null;
  p90_seconds: number | null;
}

/**
 * Views (page and embed), starts, completions, abandoned runs, and the median and 90th percentile of the time
 * from start to completion (`percentile_cont`, linear interpolation) of the completed runs.
 */
export async function summary(db: Db, s: AnalyticsScope): Promise<SummaryRow> {
  const [row] = await queryRows<SummaryRow>(db, analyticsSql.summary(s));
  return row!;
}

/** One day's counts (UTC `YYYY-MM-DD`). */
export interface DailyRow extends Record<string, unknown> {
  kind: 'view' | 'start' | 'completion';
  day: string;
  n: number;
}

/** Views, starts and completions of the scope per UTC day (completions by the day they completed). */
export function daily(db: Db, s: AnalyticsScope): Promise<DailyRow[]> {
  return queryRows<DailyRow>(db, analyticsSql.daily(s));
}

/** One step of the funnel: runs that reached it, skipped it (a branch), and stopped on it without completing. */
export interface StepRow extends Record<string, unknown> {
  step_id: string;
  reached: number;
  skipped: number;
  dropped: number;
}

/**
 * The step funnel: per step id (the `review` pseudo-step included), the runs that reached it (the start step
 * of `wizard_start`, the `to` of each `wizard_step_change`), the runs that skipped it (its id in a step
 * change's `skipped`: a branch, never a drop-off) and the runs that did not complete whose current step it is.
 */
export function stepFunnel(db: Db, s: AnalyticsScope): Promise<StepRow[]> {
  return queryRows<StepRow>(db, analyticsSql.stepFunnel(s));
}

/** Per field: validation problems (and the runs that had one), and corrections (a set value changed). */
export interface FieldRow extends Record<string, unknown> {
  field: string;
  errors: number;
  error_runs: number;
  corrections: number;
  correction_runs: number;
}

/**
 * Per field: the problems of `validation_error` events (a problem's own `field`, else the event's; '' for a
 * problem of the whole command) with the runs that had them, and the corrections — `wizard_field_update`
 * events by a person or the guide (actors form, guide, agent) that changed a value already set (`previous`
 * not null) — with the runs that made them.
 */
export function fieldFigures(db: Db, s: AnalyticsScope): Promise<FieldRow[]> {
  return queryRows<FieldRow>(db, analyticsSql.fieldFigures(s));
}

/** Runs (and completions) per channel class. */
export interface ChannelRow extends Record<string, unknown> {
  channel: ChannelClass;
  runs: number;
  completions: number;
}

/**
 * Runs per channel class, from the actors of their value and step events: both `form` and `guide` → mixed;
 * only `guide` → voice for a voice run, else chat; only `form` → form; only `agent` (MCP) → agent; none →
 * from the channel the run started on (cli counts as chat, mcp as agent).
 */
export function channelSplit(db: Db, s: AnalyticsScope): Promise<ChannelRow[]> {
  return queryRows<ChannelRow>(db, analyticsSql.channelSplit(s));
}

/** Views, starts and completions of one attribution value (a UTM source or a referrer's host). */
export interface SourceRow extends Record<string, unknown> {
  source: string;
  views: number;
  starts: number;
  completions: number;
}

/** The SQL of an attribution key of `attribution` jsonb: the UTM source, or the referrer's host. */
function sourceKey(key: 'utm_source' | 'referrer', column: SQL): SQL {
  return key === 'utm_source'
    ? sql`coalesce(${column} ->> 'utm_source', '')`
    : sql`coalesce(lower(substring(${column} ->> 'referrer' from '^[A-Za-z][A-Za-z0-9+.-]*://([^/?#:]+)')), '')`;
}

/**
 * Views, starts and completions per UTM source (`key` utm_source) or per referring host (`key` referrer),
 * most starts first, at most `limit` (default 50); '' stands for none (direct).
 */
export function bySource(
  db: Db,
  s: AnalyticsScope,
  key: 'utm_source' | 'referrer',
  limit = 50,
): Promise<SourceRow[]> {
  return queryRows<SourceRow>(db, analyticsSql.bySource(s, key, limit));
}

/** The guide's last message in runs that stopped, and how many stopped after it, on which step. */
export interface LastQuestionRow extends Record<string, unknown> {
  question: string;
  step_id: string;
  runs: number;
}

/**
 * The conversation funnel's stops: for guided runs (with a transcript) that did not complete (active or
 * abandoned), the guide's last message (the question asked last) and the step the run stopped on, most
 * frequent first, at most `limit` (default 10).
 */
export function lastQuestions(db: Db, s: AnalyticsScope, limit = 10): Promise<LastQuestionRow[]> {
  return queryRows<LastQuestionRow>(db, analyticsSql.lastQuestions(s, limit));
}

/** How guided runs moved between the form and the guide. */
export interface ConversationRow extends Record<string, unknown> {
  guided_runs: number;
  guided_completions: number;
  switched_runs: number;
  form_to_chat: number;
  chat_to_form: number;
}

/**
 * Guided runs (with a transcript) and their completions; over all runs of the scope, switches between the
 * form and the guide: consecutive value or step events (ordered by seq) whose actors differ, `form` → `guide`
 * counted as form_to_chat and the reverse as chat_to_form, and the runs with at least one switch.
 */
export async function conversation(db: Db, s: AnalyticsScope): Promise<ConversationRow> {
  const [row] = await queryRows<ConversationRow>(db, analyticsSql.conversation(s));
  return row!;
}

/**
 * The SQL of each analytics query (the functions above run them), for tools that look at their plans
 * (bench/analytics.bench.ts prints EXPLAIN costs and timings).
 */
export const analyticsSql = {
  summary: (s: AnalyticsScope): SQL =>
    sql`with c as (${cohort(s)}), v as (${views(s)})
      select
        (select count(*) from v)::int as views,
        (select count(*) from v where source = 'page')::int as page_views,
        (select count(*) from v where source = 'embed')::int as embed_views,
        count(*)::int as starts,
        (count(*) filter (where status = 'completed'))::int as completions,
        (count(*) filter (where status = 'abandoned'))::int as abandoned,
        (percentile_cont(0.5) within group (order by extract(epoch from completed_at - created_at))
          filter (where status = 'completed'))::float8 as median_seconds,
        (percentile_cont(0.9) within group (order by extract(epoch from completed_at - created_at))
          filter (where status = 'completed'))::float8 as p90_seconds
      from c`,
  daily: (s: AnalyticsScope): SQL =>
    sql`with c as (${cohort(s)}), v as (${views(s)})
      select 'view' as kind, day, count(*)::int as n from v group by day
      union all
      select 'start', to_char(created_at at time zone 'UTC', 'YYYY-MM-DD'), count(*)::int from c group by 2
      union all
      select 'completion', to_char(completed_at at time zone 'UTC', 'YYYY-MM-DD'), count(*)::int
        from c where status = 'completed' group by 2`,
  stepFunnel: (s: AnalyticsScope): SQL =>
    sql`with c as (${cohort(s)}),
      ev as (
        select e.run_id, e.type, e.payload from c join run_events e on e.run_id = c.id and ${eventsSince(s)}
        where e.type in ('wizard_start', 'wizard_step_change')
      ),
      reached as (
        select case type when 'wizard_start' then payload ->> 'step_id' else payload ->> 'to' end as step_id,
          count(distinct run_id)::int as n
        from ev group by 1
      ),
      skipped as (
        select k.step_id, count(distinct ev.run_id)::int as n
        from ev cross join lateral jsonb_array_elements_text(coalesce(ev.payload -> 'skipped', '[]'::jsonb)) as k(step_id)
        where ev.type = 'wizard_step_change' group by 1
      ),
      dropped as (
        select current_step_id as step_id, count(*)::int as n from c
        where status in ('active', 'abandoned') and current_step_id is not null group by 1
      ),
      ids as (select step_id from reached union select step_id from skipped union select step_id from dropped)
      select ids.step_id, coalesce(reached.n, 0) as reached, coalesce(skipped.n, 0) as skipped,
        coalesce(dropped.n, 0) as dropped
      from ids left join reached using (step_id) left join skipped using (step_id) left join dropped using (step_id)`,
  fieldFigures: (s: AnalyticsScope): SQL =>
    sql`with c as (${cohort(s)}),
      errs as (
        select coalesce(p ->> 'field', e.payload ->> 'field', '') as field, count(*)::int as n,
          count(distinct e.run_id)::int as runs
        from c join run_events e on e.run_id = c.id and ${eventsSince(s)}
        cross join lateral jsonb_array_elements(e.payload -> 'problems') as p
        where e.type = 'validation_error' group by 1
      ),
      fixes as (
        select e.payload ->> 'field' as field, count(*)::int as n, count(distinct e.run_id)::int as runs
        from c join run_events e on e.run_id = c.id and ${eventsSince(s)}
        where e.type = 'wizard_field_update' and e.actor in ('form', 'guide', 'agent')
          and jsonb_typeof(e.payload -> 'previous') is not null and jsonb_typeof(e.payload -> 'previous') <> 'null'
        group by 1
      )
      select field, coalesce(errs.n, 0) as errors, coalesce(errs.runs, 0) as error_runs,
        coalesce(fixes.n, 0) as corrections, coalesce(fixes.runs, 0) as correction_runs
      from errs full join fixes using (field)
      order by coalesce(errs.n, 0) + coalesce(fixes.n, 0) desc, field`,
  channelSplit: (s: AnalyticsScope): SQL =>
    sql`with c as (${cohort(s)}),
      per_run as (
        select c.id, c.status,
          case
            when bool_or(e.actor = 'form') and bool_or(e.actor = 'guide') then 'mixed'
            when bool_or(e.actor = 'guide') then case when c.channel = 'voice' then 'voice' else 'chat' end
            when bool_or(e.actor = 'form') then 'form'
            when bool_or(e.actor = 'agent') then 'agent'
            when c.channel in ('chat', 'cli') then 'chat'
            when c.channel = 'mcp' then 'agent'
            else c.channel
          end as channel
        from c left join run_events e on e.run_id = c.id and ${eventsSince(s)}
          and e.type in ('wizard_field_update', 'wizard_step_change', 'wizard_complete')
        group by c.id, c.status, c.channel
      )
      select channel, count(*)::int as runs, (count(*) filter (where status = 'completed'))::int as completions
      from per_run group by channel order by runs desc, channel`,
  bySource: (s: AnalyticsScope, key: 'utm_source' | 'referrer' = 'utm_source', limit = 50): SQL =>
    sql`with c as (${cohort(s)}), v as (${views(s)}),
      vs as (select ${sourceKey(key, sql`v.attribution`)} as source, count(*)::int as n from v group by 1),
      cs as (
        select ${sourceKey(key, sql`c.attribution`)} as source, count(*)::int as starts,
          (count(*) filter (where status = 'completed'))::int as completions
        from c group by 1
      )
      select source, coalesce(vs.n, 0) as views, coalesce(cs.starts, 0) as starts,
        coalesce(cs.completions, 0) as completions
      from vs full join cs using (source)
      order by starts desc, views desc, source limit ${limit}`,
  lastQuestions: (s: AnalyticsScope, limit = 10): SQL =>
    sql`with c as (${cohort(s)}),
      last_agent as (
        select distinct on (t.run_id) t.run_id, t.text, c.current_step_id
        from c join transcript_entries t on t.run_id = c.id
        where c.status in ('active', 'abandoned') and t.role = 'agent'
        order by t.run_id, t.seq desc
      )
      select text as question, coalesce(current_step_id, '') as step_id, count(*)::int as runs
      from last_agent group by text, current_step_id order by runs desc, question limit ${limit}`,
  conversation: (s: AnalyticsScope): SQL =>
    sql`with c as (${cohort(s)}),
      guided as (
        select c.id, c.status from c
        where exists (select 1 from transcript_entries t where t.run_id = c.id)
      ),
      moves as (
        select e.run_id, e.actor, lag(e.actor) over (partition by e.run_id order by e.seq) as before
        from c join run_events e on e.run_id = c.id and ${eventsSince(s)}
        where e.type in ('wizard_field_update', 'wizard_step_change') and e.actor in ('form', 'guide')
      )
      select
        (select count(*) from guided)::int as guided_runs,
        (select count(*) from guided where status = 'completed')::int as guided_completions,
        (select count(distinct run_id) from moves where actor <> before)::int as switched_runs,
        (select count(*) from moves where before = 'form' and actor = 'guide')::int as form_to_chat,
        (select count(*) from moves where before = 'guide' and actor = 'form')::int as chat_to_form`,
};
