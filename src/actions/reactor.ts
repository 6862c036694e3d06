import type { Action, EventBinding } from '../core/actions/definition.js';
import { firedEvents } from '../core/actions/triggers.js';
import type { RunEvent } from '../core/events/run-events.js';
import type { Db } from '../db/client.js';
import { insertActionLog } from '../db/action-logs.js';
import type { ReactingRun, RunReactor } from '../runs/effects.js';
import { ActionError, type ActionContext } from './executor.js';
import { attemptAction, type Executors } from './run-action.js';

/** How many reactions deep actions may go (an action's change firing an action, …) before they are stopped. */
export const MAX_REACTION_DEPTH = 5;

/** Where the reactor reports what it cannot record in the run (a failed log write, a loop stopped). */
export interface ReactorLogger {
  error(obj: object, msg: string): void;
}

/** What the reactor needs: the database (action logs), the tenant of runs, the executors, a logger. */
export interface ActionReactorDeps {
  db: Db;
  /** The executor of each action type this process can run; a missing one fails its actions clearly. */
  executors: Executors;
  /** The tenant and wizard of a run (for logs and tenant-scoped executors). */
  runOwner(runId: string): Promise<{ tenantId: string; wizardId: string }>;
  log: ReactorLogger;
}

/** The outcome of one action: its output, or the error after its attempts. */
type Outcome = { ok: true; output: unknown } | { ok: false; error: string };

/**
 * The action reactor (DESIGN.md "Actions react to events, the engine stays pure"): after a command's events
 * are appended, it computes the event bindings whose triggers fired (core/actions/triggers.ts) and runs their
 * actions in `execution_order`, inside the run's command queue; their changes are ordinary commands with
 * actor `action`, so replay and the live view need nothing special. Per action: the input mapping is rendered
 * (liquidjs), the executor runs, with `on_error: retry` up to `retry_count` more attempts `backoff_ms` apart
 * (doubling), each attempt logged (action_logs); the output goes where `output_handling` says. A failure is
 * recorded as an `action_failed` run event and, per `on_error`, stops the event's remaining actions or not.
 * A failed `step.onValidate` action also holds the run at the step it validated (see holdAtStep).
 * Beyond MAX_REACTION_DEPTH nested reactions, actions are not run: the loop is logged and recorded.
 * `is_async` actions run here too, after the command, in this process (no durable queue yet).
 */
export class ActionReactor implements RunReactor {
  constructor(private readonly deps: ActionReactorDeps) {}

  async react(run: ReactingRun, events: readonly RunEvent[]): Promise<void> {
    const fired = firedEvents(run.definition, events, run.state());
    if (fired.length === 0) return;
    const owner = await this.deps.runOwner(run.runId);
    if (run.depth >= MAX_REACTION_DEPTH) {
      const names = fired.map((f) => f.binding.id).join(', ');
      this.deps.log.error({ runId: run.runId, events: names }, 'actions stopped: reaction depth limit');
      for (const { binding } of fired)
        await this.fail(
          run,
          binding,
          binding.actions[0],
          `stopped after ${MAX_REACTION_DEPTH} nested reactions: do the actions of "${binding.name}" change what triggers them?`,
        );
      return;
    }
    for (const { binding, payload } of fired) await this.runEvent(run, owner, binding, payload);
  }

  private async runEvent(
    run: ReactingRun,
    owner: { tenantId: string; wizardId: string },
    binding: EventBinding,
    payload: Record<string, unknown>,
  ): Promise<void> {
    const results: Record<string, unknown> = {};
    const actions = [...binding.actions].sort((a, b) => a.execution_order - b.execution_order);
    for (const action of actions) {
      const state = run.state();
      if (state.status !== 'active' && binding.trigger !== 'wizard.onComplete') return;
      const ctx: ActionContext = {
        tenantId: owner.tenantId,
        runId: run.runId,
        values: state.values,
        event: payload,
        results,
        context: state.action_context ?? {},
        apply: (command) => run.apply(command, { actor: 'action' }),
      };
      const outcome = await this.attempts(binding, action, ctx, owner.wizardId);
      if (outcome.ok) {
        results[action.id] = outcome.output;
        continue;
      }
      await this.fail(run, binding, action, outcome.error);
      if (binding.trigger === 'step.onValidate') return this.holdAtStep(run, payload, outcome.error);
      if (action.on_error.strategy !== 'continue') return;
    }
  }

  /** Runs an action with its retries, logging each attempt; applies its output on success. */
  private async attempts(
    binding: EventBinding,
    action: Action,
    ctx: ActionContext,
    wizardId: string,
  ): Promise<Outcome> {
    const tries = action.on_error.strategy === 'retry' ? 1 + action.on_error.retry_count : 1;
    let last: Outcome = { ok: false, error: 'not run' };
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
        await this.log(binding, action, ctx, wizardId, {
          status: 'succeeded',
          input,
          output,
          attempt,
          started,
        });
        return { ok: true, output };
      } catch (error) {
        input ??= (error as { input?: unknown }).input;
        const message = describe(error);
        await this.log(binding, action, ctx, wizardId, {
          status: 'failed',
          input,
          error: message,
          attempt,
          started,
        });
        last = { ok: false, error: message };
        if (ActionError.isInstance(error) && !error.retryable) break;
      }
    }
    return last;
  }

  /**
   * A failed `step.onValidate` action means the step's answers are not acceptable: the run goes back to the
   * step it validated and the failure is shown (a `message_shown` at level `error`, which the player shows and
   * the guide says), so the run cannot reach the review or completion past it. Never throws.
   */
  private async holdAtStep(run: ReactingRun, payload: Record<string, unknown>, error: string) {
    const stepId = typeof payload.step_id === 'string' ? payload.step_id : null;
    try {
      if (stepId && run.state().current_step_id !== stepId)
        await run.apply({ type: 'go_to_step', step_id: stepId }, { actor: 'action' });
      await run.apply(
        { type: 'show_message', text: error.slice(0, 2000), level: 'error' },
        { actor: 'action' },
      );
    } catch (failure) {
      this.deps.log.error({ err: failure, runId: run.runId }, 'could not hold a run at its step');
    }
  }

  /** Records a failure in the run (an `action_failed` event), never throwing. */
  private async fail(run: ReactingRun, binding: EventBinding, action: Action | undefined, error: string) {
    try {
      await run.apply(
        {
          type: 'record_action_failure',
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

  private async log(
    binding: EventBinding,
    action: Action,
    ctx: ActionContext,
    wizardId: string,
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

/** An error's message for authors: ActionError and DomainError messages as they are, others generically. */
function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
