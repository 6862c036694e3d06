import type { Actor, Provenance, RunEvent } from '../../../src/core/events/run-events';
import type { WizardDefinition } from '../../../src/core/wizard/definition';
import type { FileRef } from '../../../src/core/wizard/field-types/file-upload';
import type { RunProblem, RunState } from '../../../src/core/wizard/run-state';
import type { RunSnapshot } from '../../../src/core/wizard/snapshot';

/** The result of one command: whether the run accepted it, and the problems when it did not. */
export interface CommandOutcome {
  ok: boolean;
  problems: RunProblem[];
}

/** Who set a value and why; defaults to the form with `provenance.source = 'form'`. */
export interface SetFieldOptions {
  actor?: Actor;
  provenance?: Provenance;
}

/** Reports an upload's progress: the fraction of the file's bytes sent so far, 0 to 1. */
export type UploadProgress = (fraction: number) => void;

/**
 * What the player needs from a run, wherever the run lives. `useLocalRun` implements it in memory with
 * the pure run engine (previews); a server-backed hook implements the same shape over the runs API and
 * the live WebSocket, so `Player`, `StepForm` and the review and completion screens never change.
 *
 * Commands resolve once the run has applied them; a refusal resolves with `ok: false` (never rejects for
 * a validation problem) and also lands in `problems` until the next accepted command.
 */
export interface RunController {
  definition: WizardDefinition;
  /** `loading` until the first state arrives (always `ready` for a local run); `error` when it failed. */
  status: 'loading' | 'ready' | 'error';
  /** Why `status` is `error`. */
  error?: string;
  state: RunState | null;
  snapshot: RunSnapshot | null;
  /** Every event of the run so far, oldest first (refusals included, as `validation_error`). */
  events: RunEvent[];
  /** Problems of the last refused command; empty after an accepted one. */
  problems: RunProblem[];
  /** Sets a field's value (raw input is fine: the engine normalises it); `null` clears the field. */
  setField(field: string, value: unknown, options?: SetFieldOptions): Promise<CommandOutcome>;
  next(): Promise<CommandOutcome>;
  previous(): Promise<CommandOutcome>;
  /** Jumps to a step id, or to the review page with `REVIEW_STEP_ID`. */
  goTo(stepId: string): Promise<CommandOutcome>;
  complete(): Promise<CommandOutcome>;
  /** Presses an `apply_button` field (fires `optionSet.onApply`); absent where runs cannot take it. */
  apply?: (field: string) => Promise<CommandOutcome>;
  /**
   * Uploads a file chosen for a `file_upload` field and resolves its stored FileRef (with `id` and `url`);
   * it does not set the field (commit the refs with `setField`). Rejects with an Error whose message says
   * why (the server's problem detail). Only runs with a server have it: without it (local previews) file
   * fields record each file's name, size and type only.
   */
  uploadFile?: (field: string, file: File, onProgress?: UploadProgress) => Promise<FileRef>;
}
