import type { Candidate } from './policy/plan.js';

/**
 * The embedded brain's dialogue memory: what it last asked, a value awaiting confirmation, optional fields
 * the user skipped. The run's values live in the engine; this is only conversation context.
 */

/** What the guide's last line asked for; decides how "yes", "no" and bare values are read. */
export type Asked =
  | { kind: 'field'; field: string }
  | { kind: 'confirm'; field: string; display: string }
  | { kind: 'info'; stepId: string }
  | { kind: 'revisit'; stepId: string }
  /** A step whose values all came from defaults: its prompt was said; "yes" keeps them, a value replaces one. */
  | { kind: 'defaults'; stepId: string; field: string }
  | { kind: 'review' }
  | { kind: 'change' }
  | { kind: 'done' }
  /** Someone else spoke last (an outside agent line, e.g. in the evaluation): the asked field is guessed. */
  | { kind: 'agent'; text: string }
  | { kind: 'none' };

/** Mutable per-session memory of an EmbeddedBrain. */
export interface DialogueMemory {
  asked: Asked;
  /** The last question, word for word, for "repeat that". */
  lastQuestion: string;
  /** Optional fields the user chose to skip; they are not asked again. */
  skipped: Set<string>;
  /** Fields the user said they have no preference about ("I don't mind what date"), until answered. */
  noPreference: Set<string>;
  /**
   * Values an outside agent's line presented as a result ("How about Bai Thong Thai?", "There's Otavon
   * Apartments …"), kept until another line presents something; set when the user accepts the result.
   */
  offer: Candidate[];
  /** Steps whose voice prompt was already said (later questions in the step name single fields). */
  prompted: Set<string>;
  /** Steps whose optional fields the guide only mentions (`guide_asks: false`) were mentioned already. */
  mentioned: Set<string>;
  /**
   * Fields the person gave a value: one equal to the default leaves the run unchanged, yet it was chosen and
   * is not offered again.
   */
  chosen: Set<string>;
  /** The option the last turn's question was about ("what does a barista do?"), for "that one then". */
  discussed?: { field: string; value: string } | undefined;
}

/** A fresh memory. */
export function newMemory(): DialogueMemory {
  return {
    asked: { kind: 'none' },
    lastQuestion: '',
    skipped: new Set(),
    noPreference: new Set(),
    prompted: new Set(),
    mentioned: new Set(),
    chosen: new Set(),
    offer: [],
  };
}
