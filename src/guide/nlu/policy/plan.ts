import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate, ExtractContext } from '../extract/types.js';
import type { SocialKind } from '../acts.js';

/**
 * The plan of one turn: the tool calls to make (in order), what to remark, and whether to move on when the
 * current step has nothing left to ask. Produced by `interpretTurn` (pure), carried out by `executePlan`.
 */

export type { Candidate, ExtractContext };

/** The NLU functions the policy relies on; the default implementation is `./extract`. */
export interface Nlu {
  extractForField(utterance: string, field: Field, ctx: ExtractContext): Candidate | null;
  extractAll(utterance: string, fields: Field[], ctx: ExtractContext): Candidate[];
  detectYesNo(utterance: string): boolean | null;
  detectDontCare(utterance: string): boolean;
  fieldAskedAbout?(agentUtterance: string, fields: Field[]): Field | null;
  /** Every field an agent line asks about, most likely first ("where from, where to, and when?"). */
  fieldsAskedAbout?(agentUtterance: string, fields: Field[]): Field[];
  /** The entity (restaurant, apartment, therapist …) an agent line presents, for the form's entity-name field. */
  offeredEntity?(agentUtterance: string, fields: Field[], known: string[]): Candidate | null;
  /** Both places of a route ("Chicago to Milwaukee") when an asked field is its origin or destination. */
  routeAnswer?(utterance: string, asked: Field[], fields: Field[]): Candidate[];
}

/** One step of a plan. `skip` and `no_preference` only mark a field in the dialogue memory. */
export type Action =
  | { op: 'set'; candidate: Candidate; utterance: string }
  | { op: 'clear'; field: string }
  | { op: 'clear_all' }
  | { op: 'skip'; field: string }
  | { op: 'no_preference'; field: string }
  | { op: 'previous' }
  | { op: 'first_step' }
  | { op: 'next' }
  | { op: 'complete' };

/** What the reply says before the next question. */
export type Remark =
  | { kind: 'repeat' }
  | { kind: 'help' }
  | { kind: 'back' }
  | { kind: 'start_over' }
  | { kind: 'skipped' }
  | { kind: 'rejected' }
  | { kind: 'confirmed' }
  | { kind: 'ask_change' }
  | { kind: 'wait' }
  | { kind: 'already_done' }
  | { kind: 'ask_field'; field: string }
  /** Greetings, thanks or an aside only: a short acknowledgement, then the question again. */
  | { kind: 'aside'; social: SocialKind }
  /** Values removed or declined by name ("no phone please"). */
  | { kind: 'removed' }
  /** The person stops for now: the run is kept. */
  | { kind: 'pause' }
  /**
   * A question answered from the wizard's data; the guide's question follows. `discussed`: the one option the
   * question was about, which a pointing reply ("that one then") chooses next turn.
   */
  | { kind: 'answer'; text: string; discussed?: { field: string; value: string } }
  | { kind: 'cannot_skip'; field: string }
  | { kind: 'not_understood'; field?: string };

/** The plan of one turn. */
export interface Plan {
  actions: Action[];
  remark?: Remark;
  /** Move to the next step(s) when the current step has nothing left to ask. */
  advance: boolean;
  /** The values are corrections of earlier answers (changes the acknowledgement). */
  correction: boolean;
  /** Ask about values set below this confidence ("Did you mean …?"); 0 disables. */
  confirmBelow: number;
}

/** A plan that only says something. */
export function remarkOnly(remark: Remark): Plan {
  return { actions: [], remark, advance: false, correction: false, confirmBelow: 0 };
}
