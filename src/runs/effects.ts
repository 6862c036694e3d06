import type { AppendHook, TranscriptHook } from '../db/runs.js';

/**
 * The side effects of every change to a run, whoever makes it (the form, the guide, an action) and whatever
 * the channel (web, API, CLI, MCP, voice): assembled once per process (see runtime/) and handed to the run
 * service, so a run filled in the terminal fires the same webhooks and reaches the same live views as one
 * filled in the browser. Hooks run inside the transaction that writes the change, so an effect is recorded
 * exactly when the change is (the webhook outbox enqueues its deliveries; the live bus's NOTIFY is sent on
 * commit).
 */
export interface RunEffects {
  /** Run in the transaction of every run-event append, in order (webhook outbox, live notice, …). */
  readonly eventHooks: readonly AppendHook[];
  /** Run in the transaction of every transcript append (live notice). */
  readonly transcriptHooks: readonly TranscriptHook[];
}

/** Effects that do nothing: for tools that read or rewrite runs without announcing anything (tests, evals). */
export const NO_RUN_EFFECTS: RunEffects = { eventHooks: [], transcriptHooks: [] };
