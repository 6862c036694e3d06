import type { RunEvent } from '../core/events/run-events.js';
import type { WizardDefinition } from '../core/wizard/definition.js';
import type { CommandResult } from '../core/wizard/run-engine.js';
import type { CommandContext, RunCommand, RunState } from '../core/wizard/run-state.js';
import type { AppendHook, TranscriptHook } from '../db/runs.js';

/**
 * A run as the reactor sees it while it reacts to a command's events: inside the run's command queue, so
 * `apply` runs a command at once (one level deeper) instead of queueing behind the command being reacted to.
 */
export interface ReactingRun {
  readonly runId: string;
  readonly definition: WizardDefinition;
  state(): RunState;
  apply(command: RunCommand, ctx: CommandContext): Promise<CommandResult>;
  /** How deep this reaction is: 0 for the events of a command from outside, 1 for those of an action's, … */
  readonly depth: number;
}

/**
 * Reacts to the events a command appended (the action reactor, src/actions): runs the wizard's actions whose
 * triggers fired. Called after the append committed, inside the run's command queue; it never throws (its
 * failures are recorded as run events and action logs).
 */
export interface RunReactor {
  react(run: ReactingRun, events: readonly RunEvent[]): Promise<void>;
}

/**
 * The side effects of every change to a run, whoever makes it (the form, the guide, an action) and whatever
 * the channel (web, API, CLI, MCP, voice): assembled once per process (see runtime/) and handed to the run
 * service, so a run filled in the terminal fires the same webhooks and actions and reaches the same live
 * views as one filled in the browser. Hooks add to the write itself (see AppendWork): SQL in the append's
 * statement (the live bus's NOTIFY, sent on commit) or work in its transaction (the webhook outbox enqueues
 * its deliveries), so an effect is recorded exactly when the change is; the reactor runs after it.
 */
export interface RunEffects {
  /** Asked what to add to every run-event append, in order (live notice, webhook outbox, …). */
  readonly eventHooks: readonly AppendHook[];
  /** Asked what to add to every transcript append (live notice). */
  readonly transcriptHooks: readonly TranscriptHook[];
  /** Runs the wizard's actions after each append (absent: no actions run). */
  readonly reactor?: RunReactor;
}
