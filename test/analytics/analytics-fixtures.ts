import { eq } from 'drizzle-orm';
import type { RunAttribution } from '../../src/core/attribution.js';
import type { Actor } from '../../src/core/events/run-events.js';
import type { WizardDefinitionInput } from '../../src/core/wizard/definition.js';
import type { RunCommand } from '../../src/core/wizard/run-state.js';
import type { Db } from '../../src/db/client.js';
import { appendTranscript } from '../../src/db/runs.js';
import { runs, wizardViews, type RunChannel } from '../../src/db/schema.js';
import { publish, saveDraft } from '../../src/db/wizards.js';
import { startRun } from '../../src/runs/run-handle.js';

/**
 * A branching intake wizard: contact (name, email, kind), company (skipped for a person), project (budget),
 * then the review page.
 */
export function intakeWizard(slug = 'intake'): WizardDefinitionInput {
  return {
    id: slug,
    name: 'Intake',
    slug,
    steps: [
      {
        id: 'contact',
        title: 'Contact',
        fields: [
          { name: 'full_name', label: 'Full name', type: 'text', required: true },
          { name: 'email', label: 'Email', type: 'email', required: true },
          {
            name: 'kind',
            label: 'You are',
            type: 'single_select',
            required: true,
            options: [
              { value: 'person', label: 'A person' },
              { value: 'company', label: 'A company' },
            ],
          },
        ],
      },
      {
        id: 'company',
        title: 'Company',
        skip_if: { '==': [{ var: 'kind' }, 'person'] },
        fields: [{ name: 'company_name', label: 'Company name', type: 'text', required: true }],
      },
      {
        id: 'project',
        title: 'Project',
        fields: [
          {
            name: 'budget',
            label: 'Budget',
            type: 'single_select',
            required: true,
            options: [
              { value: 'small', label: 'Under 10k' },
              { value: 'large', label: 'Over 10k' },
            ],
          },
        ],
      },
    ],
  };
}

/** Saves and publishes a wizard in a tenant; returns its id. */
export async function publishWizard(db: Db, definition: WizardDefinitionInput, tenant?: string) {
  const saved = await saveDraft(db, definition, tenant ? { tenant } : {});
  await publish(db, saved.id);
  return saved.id;
}

/** One step of a scripted run: a command by an actor, `at` seconds after the run started. */
export interface Move {
  at: number;
  actor: Actor;
  command: RunCommand;
}

/** A scripted run: how it started, its moves, its guide conversation and its attribution. */
export interface Script {
  channel: RunChannel;
  start: Date;
  moves: Move[];
  /** [seconds after start, role, text] of each transcript entry. */
  transcript?: Array<[number, 'user' | 'agent', string]>;
  attribution?: RunAttribution;
}

/**
 * Plays a script through the real run engine (startRun + dispatch, with its clock set by each move), appends
 * its transcript, and sets the run's created_at to the start time (the database stamps it with now).
 */
export async function playRun(db: Db, wizardId: string, script: Script, tenant?: string): Promise<string> {
  const handle = await startRun(db, {
    wizardId,
    channel: script.channel,
    now: script.start,
    ...(tenant ? { tenant } : {}),
  });
  const at = (seconds: number) => new Date(script.start.getTime() + seconds * 1000);
  for (const move of script.moves)
    await handle.dispatch(move.command, { actor: move.actor, now: at(move.at) });
  if (script.transcript?.length)
    await appendTranscript(
      db,
      handle.runId,
      script.transcript.map(([seconds, role, text]) => ({ role, text, at: at(seconds) })),
    );
  await db
    .update(runs)
    .set({ createdAt: script.start, attribution: script.attribution ?? {} })
    .where(eq(runs.id, handle.runId));
  return handle.runId;
}

const set = (field: string, value: unknown): RunCommand => ({ type: 'set_field', field, value });
const next: RunCommand = { type: 'next_step' };
const complete: RunCommand = { type: 'complete' };

/** Moves that fill the contact step as a company and go on to the company step. */
export function contactAsCompany(actor: Actor, from = 0): Move[] {
  return [
    { at: from + 5, actor, command: set('full_name', 'Ada Lovelace') },
    { at: from + 10, actor, command: set('email', 'ada@example.com') },
    { at: from + 15, actor, command: set('kind', 'company') },
    { at: from + 20, actor, command: next },
  ];
}

/** Moves that fill the contact step as a person and go on (the company step is skipped). */
export function contactAsPerson(actor: Actor, from = 0): Move[] {
  return [
    { at: from + 5, actor, command: set('full_name', 'Grace Hopper') },
    { at: from + 10, actor, command: set('email', 'grace@example.com') },
    { at: from + 15, actor, command: set('kind', 'person') },
    { at: from + 20, actor, command: next },
  ];
}

/** Moves that fill the company step and go on. */
export function companyStep(actor: Actor, from: number): Move[] {
  return [
    { at: from + 5, actor, command: set('company_name', 'Analytical Engines Ltd') },
    { at: from + 10, actor, command: next },
  ];
}

/** Moves that fill the project step, reach the review page and complete at exactly `doneAt` seconds. */
export function projectAndComplete(actor: Actor, from: number, doneAt: number): Move[] {
  return [
    { at: from + 5, actor, command: set('budget', 'large') },
    { at: from + 10, actor, command: next },
    { at: doneAt, actor, command: complete },
  ];
}

/** Counts views, once per visitor and day, as the public page does. */
export async function addViews(
  db: Db,
  tenantId: string,
  wizardId: string,
  views: Array<{ day: string; visitor: string; source: 'page' | 'embed'; attribution?: RunAttribution }>,
): Promise<void> {
  await db
    .insert(wizardViews)
    .values(
      views.map((v) => ({
        tenantId,
        wizardId,
        visitorId: v.visitor,
        source: v.source,
        day: v.day,
        attribution: v.attribution ?? {},
      })),
    )
    .onConflictDoNothing();
}
