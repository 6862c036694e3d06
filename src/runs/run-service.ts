import type { RunAttribution } from '../core/attribution.js';
import type { Actor, Provenance } from '../core/events/run-events.js';
import type { BrainKind, WizardDefinition } from '../core/wizard/definition.js';
import type { RunCommand, RunProblem } from '../core/wizard/run-state.js';
import { snapshotRun, type RunSnapshot } from '../core/wizard/snapshot.js';
import { allFields } from '../core/wizard/navigation.js';
import type { Db } from '../db/client.js';
import type { PersistentRunHandle } from './run-handle.js';
import { startRun } from './run-handle.js';
import { getRun, type RunRecord } from '../db/runs.js';
import { getWizard } from '../db/wizards.js';
import { DEFAULT_TENANT, type RunChannel } from '../db/schema.js';
import type { TurnOptions } from '../guide/session.js';
import type { GuideTurn } from '../guide/types.js';
import { DomainError, notFoundError as notFound, type InvalidParam } from '../core/errors.js';
import type { RunEffects } from './effects.js';
import { unknownFieldsMessage } from '../core/wizard/unknown-fields.js';
import type { GuideSessions } from './guide-sessions.js';
import { newRunToken } from './run-tokens.js';
import type { RunFileService } from './run-files.js';
import type { RunHandles } from './run-handles.js';

/** What starts a run. One of `wizardId` and `slug`; `tenant` picks the tenant of a slug for anonymous callers. */
export interface StartRunRequest {
  wizardId?: string;
  slug?: string;
  tenant?: string;
  channel: RunChannel;
  visitorId?: string;
  metadata?: Record<string, unknown>;
  referenceDate?: string;
  brain?: BrainKind;
  /** Who starts it (default `form`; an MCP client: `agent`). */
  actor?: Actor;
  /** Where a visitor's run came from (public page or embed). */
  attribution?: RunAttribution;
}

/**
 * A run by id, or its runs row as the caller just read it (an access check): then its `lastSeq` spares
 * re-reading the log when this process's handle of the run is up to date (see RunHandles.get).
 */
export type RunRef = string | Pick<RunRecord, 'id' | 'lastSeq'>;

/** A run's state as clients see it. */
export interface RunView {
  run: RunRecord;
  /** The pinned version's definition, for clients that render the run. */
  definition: WizardDefinition;
  snapshot: RunSnapshot;
  provenance: Record<string, Provenance>;
  lastSeq: number;
}

/**
 * Who starts a run: a signed-in user acting in a tenant (`userId` set: the run is theirs, "my runs"), a
 * process acting for a tenant (the CLI, an MCP client with an API key: no `userId`), or null for an
 * anonymous visitor.
 */
export interface RunCaller {
  tenantId: string;
  userId?: string;
}

/**
 * Who makes a change and how its values are labelled: the form by default; an outside agent (MCP) passes
 * `{ actor: 'agent', provenance: { source: 'agent', agent: <client name>, confidence: 1 } }`.
 */
export interface ChangeAuthor {
  actor: Actor;
  provenance: Provenance;
}

/** Changes from the form: actor `form`, provenance "typed in the form". */
export const FORM_AUTHOR: ChangeAuthor = { actor: 'form', provenance: { source: 'form', confidence: 1 } };

/** Navigation actions of the form. */
export type NavigateAction = 'next' | 'previous' | 'go_to';

/**
 * The run service: starts runs, applies the form's commands (values, navigation, complete, abandon) through
 * the run engine, and hands user messages to the guide. Every change is a validated command appended to the
 * run's event log with the process's RunEffects (webhook outbox, live notices). Callers check access first
 * (see authorizeRun); this service trusts the run id it is given.
 */
export class RunService {
  constructor(
    private readonly db: Db,
    private readonly handles: RunHandles,
    private readonly guides: GuideSessions,
    private readonly effects: RunEffects,
    private readonly files: RunFileService,
  ) {}

  /**
   * Starts a run of the latest published version. A signed-in caller starts it in their tenant (and it is
   * theirs: "my runs"); an anonymous one starts a wizard by id in its own tenant, or by slug in `tenant`
   * (default `default`); anonymous callers only reach wizards whose setting `public` is on (others are
   * `not_found`). Chat and voice runs open with the guide's greeting. Returns the run's token (shown
   * once; only its hash is kept). Throws `not_found` (no such wizard or no published version; NotFoundError from db), `conflict` (archived).
   */
  async start(
    request: StartRunRequest,
    caller: RunCaller | null,
  ): Promise<{ view: RunView; runToken: string; greeting: GuideTurn | null }> {
    let tenant = caller?.tenantId ?? request.tenant ?? DEFAULT_TENANT;
    if (!caller && request.wizardId) {
      const wizard = await getWizard(this.db, request.wizardId);
      if (!wizard) throw notFound(`wizard ${request.wizardId}`);
      tenant = wizard.tenantId;
    }
    const { token, hash } = newRunToken();
    const handle = await startRun(this.db, {
      wizardId: request.wizardId,
      slug: request.wizardId ? undefined : request.slug,
      tenant,
      channel: request.channel,
      visitorId: request.visitorId,
      metadata: request.metadata,
      referenceDate: request.referenceDate,
      actor: request.actor ?? 'form',
      userId: caller?.userId,
      runTokenHash: hash,
      attribution: request.attribution,
      publicOnly: !caller,
      hooks: this.effects.eventHooks,
      reactor: this.effects.reactor,
    });
    this.handles.adopt(handle);
    const greeting = request.channel === 'form' ? null : await this.guides.greet(handle, request.brain);
    return { view: await this.viewOf(handle), runToken: token, greeting };
  }

  /**
   * The runs row of a run this process holds and knows to be current, without reading it; null otherwise
   * (see RunHandles.known). Commands may act on it: one applied on a row a moment behind clashes at the
   * append and is decided again.
   */
  known(runId: string): RunRecord | null {
    return this.handles.known(runId);
  }

  /** The run's row, snapshot, provenance and last seq. Throws `not_found` when it does not exist. */
  async view(run: RunRef): Promise<RunView> {
    return this.viewOf(await this.handle(run));
  }

  /**
   * Sets field values from the form, in the definition's field order (so a field shown by another's value
   * can be set in the same call); `null` clears a field. Names that are no field refuse the whole call (one
   * `body.values` entry quoting a few of them; nothing applied or stored). Otherwise not all-or-nothing: each
   * value is one command, the valid ones are applied and each refused one is named in `invalid` (`body.values.<field>`). FileRefs that
   * point at a stored run file must name one uploaded to that field of this run (see RunFileService.resolveRefs).
   */
  async setValues(
    run: RunRef,
    values: Record<string, unknown>,
    by: ChangeAuthor = FORM_AUTHOR,
  ): Promise<{ view: RunView; applied: string[]; invalid: InvalidParam[] }> {
    const handle = await this.activeHandle(run);
    const runId = handle.runId;
    const unknown = unknownFieldsMessage(handle.definition, Object.keys(values));
    if (unknown)
      return {
        view: await this.viewOf(handle),
        applied: [],
        invalid: [{ name: 'body.values', reason: unknown }],
      };
    const files = await this.files.resolveRefs(runId, handle.definition, values);
    const order = new Map(allFields(handle.definition).map((e, i) => [e.field.name, i]));
    const names = Object.keys(files.values).sort(
      (a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity),
    );
    const applied: string[] = [];
    const invalid: InvalidParam[] = [...files.invalid];
    const { provenance } = by;
    for (const field of names) {
      const value = files.values[field];
      const command: RunCommand =
        value === null ? { type: 'clear_field', field } : { type: 'set_field', field, value, provenance };
      const result = await handle.dispatch(command, { actor: by.actor });
      if (result.problems.length === 0) applied.push(field);
      else
        invalid.push({
          name: `body.values.${field}`,
          reason: result.problems.map((p) => p.message).join('; '),
        });
    }
    return { view: await this.viewOf(handle), applied, invalid };
  }

  /** Moves to the next or previous step, or to `stepId`. Throws `invalid` naming missing fields, `conflict` when not active. */
  async navigate(
    run: RunRef,
    action: NavigateAction,
    stepId?: string,
    by: ChangeAuthor = FORM_AUTHOR,
  ): Promise<RunView> {
    const command: RunCommand =
      action === 'next'
        ? { type: 'next_step' }
        : action === 'previous'
          ? { type: 'previous_step' }
          : { type: 'go_to_step', step_id: stepId ?? '' };
    return this.command(run, command, `cannot go ${action === 'go_to' ? `to ${stepId}` : action}`, by);
  }

  /**
   * Presses an `apply_button` field: fires `optionSet.onApply` of the option set it applies (its actions run
   * before this returns, like any command's). Throws `invalid` when the field is not a button of the run or
   * cannot be pressed now, `conflict` when the run is not active.
   */
  applyOptionSet(run: RunRef, field: string, by: ChangeAuthor = FORM_AUTHOR): Promise<RunView> {
    return this.command(run, { type: 'apply_option_set', field }, `cannot press ${field}`, by);
  }

  /** Completes the run (from the review page or the last step). Throws `invalid` naming missing fields. */
  complete(run: RunRef, by: ChangeAuthor = FORM_AUTHOR): Promise<RunView> {
    return this.command(run, { type: 'complete' }, 'the run cannot be completed', by);
  }

  /**
   * Abandons the run (its values stay); `by` defaults to the form (the abandonment sweep passes the system).
   * Throws `conflict` when it is no longer active.
   */
  abandon(run: RunRef, reason?: string, by: ChangeAuthor = FORM_AUTHOR): Promise<RunView> {
    return this.command(run, { type: 'abandon', reason }, 'the run cannot be abandoned', by);
  }

  /**
   * Hands a user message to the run's guide. `options.channel` names the channel of a message that comes
   * through another one than the run's (a voice call: its events are stamped `voice`, its reply is
   * speakable). Throws `conflict` when the run is not active.
   */
  async sendMessage(
    run: RunRef,
    text: string,
    brain?: BrainKind,
    options: TurnOptions = {},
  ): Promise<GuideTurn> {
    return this.guides.send(await this.activeHandle(run), text, brain, options);
  }

  /**
   * The guide's opening for a channel joining a run (a voice call): the greeting and the question the run
   * is at, stored in the transcript. Throws `conflict` when the run is not active.
   */
  async greet(runId: string, brain?: BrainKind, options: TurnOptions = {}): Promise<GuideTurn> {
    return this.guides.greet(await this.activeHandle(runId), brain, options);
  }

  /**
   * The guide brain a run of `definition` talks with when `requested` (or nothing) is asked for (see
   * GuideSessions.chooseBrain). Throws `invalid` when an LLM brain is requested and none is configured.
   */
  brainFor(definition: WizardDefinition, requested?: BrainKind): BrainKind {
    return this.guides.chooseBrain(requested, definition.settings.brain);
  }

  private async command(
    run: RunRef,
    command: RunCommand,
    what: string,
    by: ChangeAuthor = FORM_AUTHOR,
  ): Promise<RunView> {
    const handle = await this.activeHandle(run);
    const result = await handle.dispatch(command, { actor: by.actor });
    if (result.problems.length > 0) throw refused(what, result.problems);
    return this.viewOf(handle);
  }

  private handle(run: RunRef): Promise<PersistentRunHandle> {
    return typeof run === 'string' ? this.handles.get(run) : this.handles.get(run.id, run);
  }

  private async activeHandle(run: RunRef): Promise<PersistentRunHandle> {
    const handle = await this.handle(run);
    const status = handle.state().status;
    if (status !== 'active')
      throw new DomainError('conflict', `the run is ${status}: it takes no more changes`);
    return handle;
  }

  /** The handle's view, with the runs row it holds when current (else read once more). */
  private async viewOf(handle: PersistentRunHandle): Promise<RunView> {
    const run = handle.record ?? (await getRun(this.db, handle.runId));
    if (!run) throw notFound(`run ${handle.runId}`);
    const state = handle.state();
    return {
      run,
      definition: handle.definition,
      snapshot: snapshotRun(handle.definition, state),
      provenance: state.provenance,
      lastSeq: handle.lastSeq,
    };
  }
}

/** An `invalid` DomainError for refused commands; problems about a field name it as `values.<field>`. */
function refused(what: string, problems: RunProblem[]): DomainError {
  const invalid = problems
    .filter((p) => p.field)
    .map((p) => ({ name: `values.${p.field}`, reason: p.message }));
  return new DomainError('invalid', `${what}: ${problems.map((p) => p.message).join('; ')}`, {
    invalidParams: invalid,
  });
}
