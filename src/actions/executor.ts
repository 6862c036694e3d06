import type { Action, ActionType } from '../core/actions/definition.js';
import type { CommandResult } from '../core/wizard/run-engine.js';
import type { RunCommand } from '../core/wizard/run-state.js';

/**
 * What an action runs with: the run (null for a test run of one action), its tenant and values, the payload
 * of the trigger that fired, and the outputs of the earlier actions of the same event (by action id) and of
 * the run's context. `apply` runs a command on the run with actor `action` (absent in a test run: actions
 * that change the run then only say what they would do). `signal` aborts work that outlives its deadline.
 */
export interface ActionContext {
  tenantId: string;
  runId: string | null;
  values: Record<string, unknown>;
  event: Record<string, unknown>;
  results: Record<string, unknown>;
  /** Outputs kept in the run's action context (`output_handling.into: context`), by key. */
  context?: Record<string, unknown>;
  apply?: (command: RunCommand) => Promise<CommandResult>;
  signal?: AbortSignal;
}

/**
 * Runs one action type: takes the action (its `config`), the input its `input_mapping` produced, and the
 * context; resolves to the action's output (JSON-serialisable). Throws ActionError (or a DomainError) with a
 * message a wizard author understands when it fails; the reactor applies the action's `on_error`.
 */
export type ActionExecutor<T extends ActionType = ActionType> = (
  action: Extract<Action, { type: T }>,
  input: Record<string, unknown>,
  ctx: ActionContext,
) => Promise<unknown>;

const marker = Symbol.for('guidepost.actions.error');

/**
 * An action failed for a reason its author can act on (a script that threw or ran out of time or memory, an
 * API that answered 500, a refused address). `retryable` says whether `on_error: retry` should try again.
 */
export class ActionError extends Error {
  private readonly [marker] = true;
  constructor(
    message: string,
    readonly retryable = false,
    options: { cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'ActionError';
  }

  static isInstance(error: unknown): error is ActionError {
    return typeof error === 'object' && error !== null && marker in error;
  }
}
