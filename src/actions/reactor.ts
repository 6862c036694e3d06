import type { EventBinding } from '../core/actions/definition.js';
import { firedEvents } from '../core/actions/triggers.js';
import type { RunEvent } from '../core/events/run-events.js';
import type { ReactingRun, RunReactor } from '../runs/effects.js';
import type { ActionRunner } from './action-runner.js';
import type { AsyncActions } from './async-actions.js';
import type { ActionContext } from './executor.js';

/** How many reactions deep actions may go (an action's change firing an action, …) before they are stopped. */
export const MAX_REACTION_DEPTH = 5;

/** Where the reactor reports what it cannot record in the run (a loop stopped). */
export interface ReactorLogger {
  error(obj: object, msg: string): void;
}

/** What the reactor needs: the action runner, the tenant of runs, a logger, and the async action queue. */
export interface ActionReactorDeps {
  runner: ActionRunner;
  /** The tenant and wizard of a run (for logs and tenant-scoped executors). */
  runOwner(runId: string): Promise<{ tenantId: string; wizardId: string }>;
  log: ReactorLogger;
  /** Where `is_async` actions go; without it they run here like the others. */
  async?: AsyncActions;
}

/**
 * The action reactor (DESIGN.md "Actions react to events, the engine stays pure"): after a command's events
 * are appended, it computes the event bindings whose triggers fired (core/actions/triggers.ts) and runs their
 * actions in `execution_order`, inside the run's command queue, through the ActionRunner (retries, logs,
 * loading messages, output handling); their changes are ordinary commands with actor `action`, so replay and
 * the live view need nothing special. A failure stops the event's remaining actions unless its `on_error` is
 * `continue`. `is_async` actions are handed to the durable queue (AsyncActions) and the event goes on without
 * their results. Beyond MAX_REACTION_DEPTH nested reactions, actions are not run: the loop is logged and
 * recorded. A failed `step.onValidate` action also holds the run at the step it validated (see holdAtStep).
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
        await this.deps.runner.fail(
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
      if (action.is_async && this.deps.async) {
        await this.deps.async.enqueue(run, binding, action, payload, results);
        continue;
      }
      const ctx: ActionContext = {
        tenantId: owner.tenantId,
        runId: run.runId,
        values: state.values,
        event: payload,
        results,
        context: state.action_context ?? {},
        apply: (command) => run.apply(command, { actor: 'action' }),
      };
      const outcome = await this.deps.runner.run(run, { binding, action, ctx, wizardId: owner.wizardId });
      if (outcome.ok) {
        results[action.id] = outcome.output;
        continue;
      }
      if (binding.trigger === 'step.onValidate') return this.holdAtStep(run, payload, outcome.error);
      if (action.on_error.strategy !== 'continue') return;
    }
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
}
