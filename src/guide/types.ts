import type { BrainKind, Field, WizardDefinition } from '../core/wizard/definition.js';
import type { RunEvent } from '../core/events/run-events.js';
import type { RunSnapshot } from '../core/wizard/snapshot.js';

/** Names of the guide's tools, as the product uses them with LiveKit. */
export const GUIDE_TOOL_NAMES = [
  'set_wizard_field',
  'clear_wizard_field',
  'wizard_next_step',
  'wizard_previous_step',
  'wizard_go_to_step',
  'get_wizard_state',
  'complete_wizard',
  'apply_wizard_option_set',
] as const;
export type GuideToolName = (typeof GUIDE_TOOL_NAMES)[number];

/** A tool's answer. A refused value is `ok: false` with an `error` that says why, for the guide to re-ask. */
export type ToolResult =
  { ok: true; message: string; snapshot: RunSnapshot } | { ok: false; error: string; snapshot: RunSnapshot };

/** One tool call the guide made during a turn, with its arguments and result. */
export interface ToolCallRecord {
  name: GuideToolName;
  args: Record<string, unknown>;
  result: ToolResult;
}

/** Arguments of `set_wizard_field`. `confidence` is 0..1; `utterance` and `extractor` record provenance. */
export interface SetFieldArgs {
  field_name: string;
  value: unknown;
  confidence?: number;
  utterance?: string;
  extractor?: string;
}

/**
 * The tools a brain calls. Every call goes through the run engine (validated, logged as run events) and
 * is recorded for the turn's result.
 */
export interface GuideToolbox {
  set_wizard_field(args: SetFieldArgs): Promise<ToolResult>;
  clear_wizard_field(args: { field_name: string }): Promise<ToolResult>;
  wizard_next_step(): Promise<ToolResult>;
  wizard_previous_step(): Promise<ToolResult>;
  wizard_go_to_step(args: { step_id: string }): Promise<ToolResult>;
  get_wizard_state(): Promise<ToolResult>;
  complete_wizard(): Promise<ToolResult>;
  /** Presses an apply_button field (fires `optionSet.onApply` of the option set it applies). */
  apply_wizard_option_set(args: { field_name: string }): Promise<ToolResult>;
}

/** One line of the conversation. */
export interface TranscriptEntry {
  role: 'user' | 'agent';
  text: string;
  at: string;
}

/** What a brain gets for one turn. `history` excludes the current user text. */
export interface BrainTurnInput {
  definition: WizardDefinition;
  snapshot: RunSnapshot;
  userText: string;
  history: TranscriptEntry[];
  tools: GuideToolbox;
  now: Date;
}

/** What a brain gets to open the conversation. */
export interface BrainGreetInput {
  definition: WizardDefinition;
  snapshot: RunSnapshot;
  tools: GuideToolbox;
  now: Date;
}

/**
 * A guide brain: turns a user's words into tool calls and a reply. One instance per session; it may keep
 * dialogue memory (a pending confirmation, the value it last offered) but the run's state lives in the engine.
 */
export interface GuideBrain {
  readonly kind: BrainKind;
  greet(input: BrainGreetInput): Promise<string>;
  respond(input: BrainTurnInput): Promise<string>;
}

/** The result of one user turn. */
export interface GuideTurn {
  reply: string;
  tool_calls: ToolCallRecord[];
  events: RunEvent[];
  /** The transcript lines this turn added (the user's, then the agent's), for the caller to persist. */
  transcript: TranscriptEntry[];
  snapshot: RunSnapshot;
}

export type { Field };
