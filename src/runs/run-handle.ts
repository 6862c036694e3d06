import type { Actor, RunEvent } from '../core/events/run-events.js';
import type { RunAttribution } from '../core/attribution.js';
import { publicSettingsOf } from '../core/public-page.js';
import type { WizardDefinition } from '../core/wizard/definition.js';
import { applyRunCommand, type CommandResult } from '../core/wizard/run-engine.js';
import { foldRunEvent } from '../core/wizard/run-fold.js';
import type { RunHandle } from '../core/wizard/run-handle.js';
import type { CommandContext, RunCommand, RunState } from '../core/wizard/run-state.js';
import type { Db } from '../db/client.js';
import { ConcurrencyError, ConflictError, NotFoundError } from '../db/errors.js';
import {
  appendRunEventsReturningRun,
  createRun,
  getRun,
  loadRunEvents,
  type AppendHook,
  type RunRecord,
} from '../db/runs.js';
import { DEFAULT_TENANT, type RunChannel } from '../db/schema.js';
import type { ReactingRun, RunReactor } from './effects.js';
import { getBySlug, getWizard } from '../db/wizards.js';
import { cachedPublishedVersion } from './published-versions.js';

/**
 * A run whose events live in the database. `dispatch` decides with the pure run engine, then appends the
 * events at the expected seq before it returns, so a crash after `dispatch` loses nothing. When another
 * writer (another API node, the guide's worker) appended first, it reloads the log, decides again on the
 * fresh state and retries once; a second clash throws ConcurrencyError. Dispatches on one handle run one at a time.
 */
export class PersistentRunHandle implements RunHandle {
  private current: RunState | null;
  private seq: number;
  private row: RunRecord;
  private queue: Promise<unknown> = Promise.resolve();
  /** Whether another writer's append was heard of since the log was last read (see noteAppended). */
  private behind = false;

  private constructor(
    private readonly db: Db,
    row: RunRecord,
    readonly definition: WizardDefinition,
    state: RunState | null,
    seq: number,
    private readonly hooks: readonly AppendHook[] = [],
    private readonly reactor?: RunReactor,
  ) {
    this.row = row;
    this.runId = row.id;
    this.tenantId = row.tenantId;
    this.current = state;
    this.seq = seq;
  }

  /** The run's id. */
  readonly runId: string;

  /** The run's tenant (it never changes). */
  readonly tenantId: string;

  /**
   * Opens a stored run: loads the definition of its pinned version and replays its events. `hooks` run in
   * the transaction of every later append (see AppendHook); `reactor` after it (see RunReactor).
   * Throws NotFoundError when the run (or its version) does not exist.
   */
  static async open(
    db: Db,
    runId: string,
    hooks: readonly AppendHook[] = [],
    reactor?: RunReactor,
  ): Promise<PersistentRunHandle> {
    const run = await getRun(db, runId);
    if (!run) throw new NotFoundError(`run ${runId}`);
    const version = await cachedPublishedVersion(db, run.wizardId, run.wizardVersion);
    if (!version) throw new NotFoundError(`version ${run.wizardVersion} of wizard ${run.wizardId}`);
    const handle = new PersistentRunHandle(db, run, version.definition, null, 0, hooks, reactor);
    await handle.reload();
    return handle;
  }

  /** The seq of the last event this handle has seen (0 before the first). */
  get lastSeq(): number {
    return this.seq;
  }

  /**
   * The runs row as of `lastSeq`, when this handle holds it (read when opened or returned by its own last
   * append); null when the log moved on since (another writer appended): read the row then. The row changes
   * only with appends, so one whose `lastSeq` is the handle's is current.
   */
  get record(): RunRecord | null {
    return this.row.lastSeq === this.seq ? this.row : null;
  }

  /**
   * Notes that the log reached `seq` (a notice of the live bus, from any process; undefined: notices may
   * have been lost). Beyond `lastSeq`, the handle is no longer `upToDate` until its next reload.
   */
  noteAppended(seq?: number): void {
    if (seq === undefined || seq > this.seq) this.behind = true;
  }

  /** Whether no append beyond `lastSeq` was heard of since the log was last read (see noteAppended). */
  get upToDate(): boolean {
    return !this.behind;
  }

  /** The current state; throws if the run has not started. */
  state(): RunState {
    if (!this.current) throw new Error(`run ${this.runId} has not started`);
    return this.current;
  }

  /**
   * Applies a command and appends its events (see the class comment). Refusals come back in `problems`,
   * with their `validation_error` event stored like any other. Throws ConcurrencyError after a second clash.
   * `depth` is the reaction depth its events are reacted to at (0 from outside; an async action's job passes
   * the depth of the reaction that queued it, so the depth limit holds across jobs).
   */
  dispatch(command: RunCommand, ctx: CommandContext, depth = 0): Promise<CommandResult> {
    return this.enqueue(() => this.dispatchNow(command, ctx, depth));
  }

  /**
   * Lets the reactor react to events this process appended outside `dispatch` (a run's start), in the
   * command queue like a dispatch. A no-op without a reactor.
   */
  reactTo(events: readonly RunEvent[]): Promise<void> {
    return this.enqueue(() => this.react(events, 0));
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Hands appended events to the reactor, with `apply` running commands at once, one level deeper. */
  private async react(events: readonly RunEvent[], depth: number): Promise<void> {
    if (!this.reactor || events.length === 0 || !this.current) return;
    const run: ReactingRun = {
      runId: this.runId,
      definition: this.definition,
      state: () => this.state(),
      apply: (command, ctx) => this.dispatchNow(command, ctx, depth + 1),
      depth,
    };
    await this.reactor.react(run, events);
  }

  private async dispatchNow(command: RunCommand, ctx: CommandContext, depth: number): Promise<CommandResult> {
    const now = ctx.now ?? new Date();
    for (let attempt = 0; ; attempt++) {
      const result = applyRunCommand(this.definition, this.current, command, { ...ctx, now });
      if (result.events.length === 0) return result;
      try {
        const appended = await appendRunEventsReturningRun(
          this.db,
          this.runId,
          this.seq,
          result.events,
          result.state,
          this.hooks,
        );
        this.seq = appended.lastSeq;
        this.row = appended.run;
        this.current = result.state;
        await this.react(result.events, depth);
        return result;
      } catch (error) {
        if (!ConcurrencyError.isInstance(error) || attempt >= 1) throw error;
        await this.reload();
      }
    }
  }

  /** Folds the events appended by other writers since this handle last looked. Returns how many there were. */
  async reload(): Promise<number> {
    this.behind = false;
    const stored = await loadRunEvents(this.db, this.runId, this.seq);
    for (const { seq, event } of stored) {
      this.current = foldRunEvent(this.definition, this.current, event);
      this.seq = seq;
    }
    return stored.length;
  }

  /** The stored events after the first `after` (default 0: all), in order (read from the database, the source of truth). */
  async events(after = 0): Promise<RunEvent[]> {
    return (await loadRunEvents(this.db, this.runId, after)).map((stored) => stored.event);
  }

  /** @internal A handle for a run whose log (up to `row.lastSeq`) and row this process just wrote. */
  static created(
    db: Db,
    row: RunRecord,
    definition: WizardDefinition,
    state: RunState | null,
    hooks: readonly AppendHook[] = [],
    reactor?: RunReactor,
  ): PersistentRunHandle {
    return new PersistentRunHandle(db, row, definition, state, row.lastSeq, hooks, reactor);
  }
}

export interface StartRunOptions {
  /** The wizard, by slug (within `tenant`) or by id. One of the two is required. */
  slug?: string;
  wizardId?: string;
  /** Default `default`. */
  tenant?: string;
  /** The published version to pin; the latest when omitted. */
  version?: number;
  channel: RunChannel;
  visitorId?: string;
  metadata?: Record<string, unknown>;
  /** Who starts the run; default `system`. */
  actor?: Actor;
  now?: Date;
  /** YYYY-MM-DD against which relative dates ("next Friday") are read; default today (UTC). */
  referenceDate?: string;
  /** The signed-in user who starts the run ("my runs"). */
  userId?: string;
  /** sha256 (hex) of the run token handed to the visitor, stored with the run. */
  runTokenHash?: string;
  /** Referrer, landing page and UTM parameters of a visitor's run. */
  attribution?: RunAttribution;
  /** Refuse (NotFoundError, as for a missing wizard) a version whose setting `public` is off: anonymous starts. */
  publicOnly?: boolean;
  /** Run in the transaction of every append, the first one included (see AppendHook). */
  hooks?: readonly AppendHook[];
  /** Reacts to every append, the start included (see RunReactor). */
  reactor?: RunReactor;
}

/**
 * Creates a run of a published wizard, pinned to `version` (default: the latest), and applies `start`; the
 * run row and its `wizard_start` event are written in one transaction. Returns the handle of the started run. Throws NotFoundError (no such wizard, or no published version) and
 * ConflictError (the wizard is archived).
 */
export async function startRun(db: Db, opts: StartRunOptions): Promise<PersistentRunHandle> {
  const tenant = opts.tenant ?? DEFAULT_TENANT;
  if (!opts.slug && !opts.wizardId) throw new TypeError('startRun needs a slug or a wizardId');
  const wizard = opts.wizardId
    ? await getWizard(db, opts.wizardId, tenant)
    : await getBySlug(db, opts.slug!, tenant);
  const name = opts.wizardId ?? opts.slug!;
  if (!wizard) throw new NotFoundError(`wizard ${name}`);
  if (wizard.status === 'archived')
    throw new ConflictError(`wizard ${name} is archived: it cannot start new runs`);
  const version = opts.version ?? wizard.latestVersion;
  const published = version ? await cachedPublishedVersion(db, wizard.id, version) : null;
  if (!published)
    throw new NotFoundError(`${version ? `version ${version}` : 'a published version'} of wizard ${name}`);
  if (opts.publicOnly && !publicSettingsOf(published.definition.settings).public)
    throw new NotFoundError(`wizard ${name}`);
  const started = applyRunCommand(
    published.definition,
    null,
    { type: 'start', wizard_version: published.version, reference_date: opts.referenceDate },
    { actor: opts.actor ?? 'system', now: opts.now },
  );
  if (started.problems.length > 0) throw new Error(`the run did not start: ${started.problems[0]!.message}`);
  // The run row and its wizard_start event are written together: no run is ever left without a start.
  const row = await db.transaction(async (tx) => {
    const id = await createRun(tx, {
      wizardId: wizard.id,
      version: published.version,
      channel: opts.channel,
      visitorId: opts.visitorId,
      metadata: opts.metadata,
      tenant,
      userId: opts.userId,
      runTokenHash: opts.runTokenHash,
      attribution: opts.attribution,
    });
    return (await appendRunEventsReturningRun(tx, id, 0, started.events, started.state, opts.hooks)).run;
  });
  const handle = PersistentRunHandle.created(
    db,
    row,
    published.definition,
    started.state,
    opts.hooks,
    opts.reactor,
  );
  await handle.reactTo(started.events);
  return handle;
}
