import { randomUUID } from 'node:crypto';
import type { Action, EventBinding } from '../core/actions/definition.js';
import type { CommandResult } from '../core/wizard/run-engine.js';
import type { CommandContext, RunCommand } from '../core/wizard/run-state.js';
import type { Db } from '../db/client.js';
import { insertActionLog } from '../db/action-logs.js';
import { ActionError, type ActionContext } from './executor.js';
import { attemptAction, type Executors } from './run-action.js';

/** Where the action runner reports what it cannot record in the run (a failed log write). */
export interface ActionRunnerLogger {
  error(obj: object, msg: string): void;
}

/** A run an action changes: its id and a way to apply commands (with actor `action`). */
export interface ApplyingRun {
  readonly runId: string;
  apply(command: RunCommand, ctx: CommandContext): Promise<CommandResult>;
}

/** The outcome of one action: its output, or the error after its attempts. */
export type ActionOutcome = { ok: true; output: unknown } | { ok: false; error: string };

/** Where an action runs: the binding it belongs to, its wizard (for logs) and its context. */
export interface ActionRunScope {
  binding: EventBinding;
  action: Action;
  wizardId: string;
  ctx: ActionContext;
}

/**
 * Runs one action of a run, for the reactor (synchronous actions) and the async action jobs alike. An action
 * with a `loading_message` — and every asynchronous one — is bracketed by `action_started` and
 * `action_finished` (or `action_failed`) run events with one id, so the player and the guide show the message
 * while it runs. Then: its attempts (with `on_error: retry`, up to `retry_count` more `backoff_ms` apart,
 * doubling), each logged in action_logs; on success the command its output makes is applied; a failure is
 * recorded as `action_failed`.
 */
export class ActionRunner {
  constructor(private readonly deps: { db: Db; executors: Executors; log: ActionRunnerLogger }) {}

  /**
   * Runs the action (see the class comment). `startedId`: the id of an `action_started` already recorded (an
   * async action's job); without it one is recorded when the action has a loading message. Never throws for
   * the action's own failures; a command the run refuses to record (e.g. a database error) throws.
   */
  async run(run: ApplyingRun, scope: ActionRunScope, startedId?: string): Promise<ActionOutcome> {
    const { binding, action } = scope;
    let id = startedId;
    if (!id && action.loading_message) {
      id = randomUUID();
      await run.apply(startCommand(id, binding, action, false), { actor: 'action' });
    }
    const outcome = await this.attempts(scope);
    if (outcome.ok) {
      if (id)
        await run.apply(
          { type: 'finish_action', id, event_id: binding.id, action_id: action.id },
          { actor: 'action' },
        );
    } else await this.fail(run, binding, action, outcome.error, id);
    return outcome;
  }

  /** Records a failure in the run (an `action_failed` event), never throwing. */
  async fail(
    run: ApplyingRun,
    binding: EventBinding,
    action: Action | undefined,
    error: string,
    id?: string,
  ): Promise<void> {
    try {
      await run.apply(
        {
          type: 'record_action_failure',
          ...(id ? { id } : {}),
          event_id: binding.id,
          action_id: action?.id ?? '',
          action_type: action?.type ?? '',
          error: error.slice(0, 2000),
        },
        { actor: 'action' },
      );
    } catch (failure) {
      this.deps.log.error({ err: failure, runId: run.runId }, 'could not record a failed action');
    }
  }

  /** Runs an action with its retries, logging each attempt; applies its output on success. */
  private async attempts(scope: ActionRunScope): Promise<ActionOutcome> {
    const { binding, action, ctx } = scope;
    const tries = action.on_error.strategy === 'retry' ? 1 + action.on_error.retry_count : 1;
    let last: ActionOutcome = { ok: false, error: 'not run' };
    for (let attempt = 1; attempt <= tries; attempt++) {
      if (attempt > 1) await sleep(action.on_error.backoff_ms * 2 ** (attempt - 2));
      const started = Date.now();
      let input: unknown;
      try {
        const attempted = await attemptAction(this.deps.executors, binding, action, ctx);
        input = attempted.input;
        const { output, command } = attempted;
        if (command && ctx.apply) {
          const applied = await ctx.apply(command);
          if (applied.problems.length > 0)
            throw new ActionError(
              `its output was refused: ${applied.problems.map((p) => p.message).join('; ')}`,
            );
        }
        await this.log(scope, { status: 'succeeded', input, output, attempt, started });
        return { ok: true, output };
      } catch (error) {
        input ??= (error as { input?: unknown }).input;
        const message = error instanceof Error ? error.message : String(error);
        await this.log(scope, { status: 'failed', input, error: message, attempt, started });
        last = { ok: false, error: message };
        if (ActionError.isInstance(error) && !error.retryable) break;
      }
    }
    return last;
  }

  private async log(
    { binding, action, ctx, wizardId }: ActionRunScope,
    entry: {
      status: 'succeeded' | 'failed';
      input?: unknown;
      output?: unknown;
      error?: string;
      attempt: number;
      started: number;
    },
  ): Promise<void> {
    try {
      await insertActionLog(this.deps.db, {
        tenantId: ctx.tenantId,
        runId: ctx.runId,
        wizardId,
        eventId: binding.id,
        actionId: action.id,
        actionType: action.type,
        trigger: binding.trigger,
        status: entry.status,
        input: entry.input,
        output: entry.output,
        error: entry.error,
        attempt: entry.attempt,
        durationMs: Date.now() - entry.started,
      });
    } catch (error) {
      this.deps.log.error({ err: error, runId: ctx.runId }, 'could not write an action log');
    }
  }
}

/** The `start_action` command of an action (`async`: it runs in a job of the durable queue). */
export function startCommand(id: string, binding: EventBinding, action: Action, async: boolean): RunCommand {
  return {
    type: 'start_action',
    id,
    event_id: binding.id,
    action_id: action.id,
    action_type: action.type,
    ...(action.loading_message ? { loading_message: action.loading_message } : {}),
    async,
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
