import type { RunEvent } from '../events/run-events.js';
import type { WizardDefinition } from './definition.js';
import { applyRunCommand, type CommandResult } from './run-engine.js';
import type { CommandContext, RunCommand, RunState } from './run-state.js';

/**
 * A live run: its definition, its current state, and a way to apply commands. The guide, the server and
 * the CLI work through this interface; implementations decide where events go (memory, the database).
 */
export interface RunHandle {
  readonly runId: string;
  readonly definition: WizardDefinition;
  /** The current state; throws if the run has not started. */
  state(): RunState;
  /** Applies a command; appends and returns the events it produced. Refusals come back in `problems`. */
  dispatch(command: RunCommand, ctx: CommandContext): Promise<CommandResult>;
  /** The events after the first `after` (default 0: every event so far), in order. */
  events(after?: number): Promise<RunEvent[]>;
}

/** A run held in memory only: for tests, previews and the `extract` evaluation. */
export class MemoryRunHandle implements RunHandle {
  private current: RunState | null = null;
  private readonly log: RunEvent[] = [];

  constructor(
    readonly runId: string,
    readonly definition: WizardDefinition,
  ) {}

  state(): RunState {
    if (!this.current) throw new Error(`run ${this.runId} has not started`);
    return this.current;
  }

  async dispatch(command: RunCommand, ctx: CommandContext): Promise<CommandResult> {
    const result = applyRunCommand(this.definition, this.current, command, ctx);
    this.log.push(...result.events);
    this.current = result.state;
    return result;
  }

  async events(after = 0): Promise<RunEvent[]> {
    return this.log.slice(after);
  }
}
