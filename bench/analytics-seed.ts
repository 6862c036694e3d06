import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/client.js';
import { publish, saveDraft } from '../src/db/wizards.js';

/**
 * Seeds a wizard with many runs for the analytics benchmark, in set-based SQL (generate_series), so 100k runs
 * and their events take seconds, not an hour of appends. The shapes are those the run engine writes: each
 * run has a `wizard_start`, field updates (by the form, the guide, or both), `next` step changes (a third of
 * the runs skip the second step), some validation errors and corrections, and completes (60 %) or stops on
 * a step; a third have a guide transcript; a third carry UTM attribution; views are counted once per
 * visitor and day.
 */

const WIZARD = {
  id: 'bench-analytics',
  name: 'Bench analytics',
  slug: 'bench-analytics',
  steps: [
    { id: 'contact', title: 'Contact', fields: [{ name: 'email', label: 'Email', type: 'email' as const }] },
    {
      id: 'company',
      title: 'Company',
      fields: [{ name: 'company', label: 'Company', type: 'text' as const }],
    },
    { id: 'project', title: 'Project', fields: [{ name: 'budget', label: 'Budget', type: 'text' as const }] },
  ],
};

/** Days the seeded runs are spread over, ending today. */
export const SEED_DAYS = 90;

/**
 * Creates the wizard in `tenant` and `runs` runs with their events, transcripts and `views` views; returns
 * the wizard's id. Runs are spread over the last SEED_DAYS days.
 */
export async function seedAnalytics(db: Db, tenant: string, runs: number, views: number): Promise<string> {
  const saved = await saveDraft(
    db,
    { ...WIZARD, id: `${WIZARD.id}-${tenant}`, slug: `${WIZARD.slug}-${tenant}` },
    { tenant },
  );
  await publish(db, saved.id);
  const wizardId = saved.id;
  // Runs: g decides everything. 0..2 channel, completed when g % 5 < 3, company skipped when g % 3 = 0.
  await db.execute(sql`
    insert into runs (wizard_id, wizard_version, tenant_id, status, channel, visitor_id, created_at,
      updated_at, completed_at, current_step_id, attribution, last_seq, metadata)
    select ${wizardId}::uuid, 1, ${tenant},
      case when g % 5 < 3 then 'completed' when g % 5 = 3 then 'active' else 'abandoned' end,
      (array['form', 'chat', 'voice'])[g % 3 + 1], 'v' || g,
      t, t + make_interval(secs => 60 + g % 900),
      case when g % 5 < 3 then t + make_interval(secs => 60 + g % 900) end,
      case when g % 5 < 3 then '__review__' when g % 5 = 3 then 'contact' else 'project' end,
      case when g % 3 = 0 then jsonb_build_object('utm_source', (array['newsletter', 'ads', 'partner'])[g % 7 % 3 + 1],
        'referrer', 'https://www.example' || (g % 4) || '.com/page') else '{}'::jsonb end,
      0, '{}'::jsonb
    from generate_series(1, ${runs}) g,
      lateral (select now() - make_interval(secs => (g * 7919 % (${SEED_DAYS} * 86400))) as t) tt`);
  // Events: start, two field updates (actor by channel; every seventh run mixes form and guide), the step
  // changes it reached, a validation error on every eleventh run, and completion.
  await db.execute(sql`
    with r as (
      select id, status, channel, created_at, current_step_id,
        row_number() over (order by id) as g
      from runs where wizard_id = ${wizardId}::uuid
    ),
    e as (
      select r.id, r.created_at, r.g, r.status, x.n, x.type, x.actor, x.payload
      from r cross join lateral (values
        (1, 'wizard_start', 'system', jsonb_build_object('step_id', 'contact')),
        (2, 'wizard_field_update', case when r.channel = 'form' then 'form' else 'guide' end,
          jsonb_build_object('field', 'email', 'value', 'a@example.com', 'previous', null)),
        (3, 'validation_error', case when r.g % 11 = 0 then 'form' end,
          jsonb_build_object('command', 'set_field', 'problems', jsonb_build_array(jsonb_build_object('field', 'email', 'message', 'must be an email')))),
        (4, 'wizard_field_update', case when r.g % 7 = 0 then 'form' when r.channel = 'form' then 'form' else 'guide' end,
          jsonb_build_object('field', 'email', 'value', 'b@example.com', 'previous', 'a@example.com')),
        (5, 'wizard_step_change', case when r.current_step_id <> 'contact' then 'form' end,
          jsonb_build_object('from', 'contact', 'to', case when r.g % 3 = 0 then 'project' else 'company' end,
            'direction', 'next', 'skipped', case when r.g % 3 = 0 then '["company"]'::jsonb else '[]'::jsonb end)),
        (6, 'wizard_step_change', case when r.current_step_id <> 'contact' and r.g % 3 <> 0 then 'form' end,
          jsonb_build_object('from', 'company', 'to', 'project', 'direction', 'next', 'skipped', '[]'::jsonb)),
        (7, 'wizard_step_change', case when r.status = 'completed' then 'form' end,
          jsonb_build_object('from', 'project', 'to', '__review__', 'direction', 'next', 'skipped', '[]'::jsonb)),
        (8, 'wizard_complete', case when r.status = 'completed' then 'form' end,
          jsonb_build_object('values', jsonb_build_object('email', 'b@example.com')))
      ) as x(n, type, actor, payload)
      where x.actor is not null
    )
    insert into run_events (run_id, seq, type, actor, payload, at)
    select id, row_number() over (partition by id order by n), type, actor,
      payload || jsonb_build_object('type', type, 'actor', actor, 'at', created_at + make_interval(secs => n)),
      created_at + make_interval(secs => n)
    from e`);
  await db.execute(sql`
    insert into transcript_entries (run_id, seq, role, text, at)
    select id, s, case when s % 2 = 1 then 'agent' else 'user' end,
      case when s = 3 then 'Which company are you with?' when s % 2 = 1 then 'What is your email?' else 'a@example.com' end,
      created_at + make_interval(secs => s)
    from runs, generate_series(1, 3) s
    where wizard_id = ${wizardId}::uuid and channel <> 'form'`);
  await db.execute(sql`
    insert into wizard_views (tenant_id, wizard_id, visitor_id, source, day, attribution)
    select ${tenant}, ${wizardId}::uuid, 'v' || g, case when g % 4 = 0 then 'embed' else 'page' end,
      to_char(now() - make_interval(secs => (g * 7919 % (${SEED_DAYS} * 86400))), 'YYYY-MM-DD'),
      case when g % 3 = 0 then jsonb_build_object('utm_source', 'newsletter') else '{}'::jsonb end
    from generate_series(1, ${views}) g`);
  await db.execute(sql`analyze`);
  return wizardId;
}
