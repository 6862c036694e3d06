import { WizardDefinitionBaseSchema, type WizardDefinition } from '../../core/wizard/definition.js';
import { MemoryRunHandle } from '../../core/wizard/run-handle.js';
import { EmbeddedBrain } from '../nlu/index.js';
import { GuideSession } from '../session.js';

/** What a test conversation expects at its end (the format of shared/eval/conversations). */
export interface ConversationExpectation {
  status: string;
  /** Exact final values, compared trimmed and case-insensitively; lists compare as sets. */
  values?: Record<string, unknown>;
  /** A substring each field's final value must contain. */
  contains?: Record<string, string>;
  /** Fields that must be empty. */
  absent?: string[];
}

/** One line of a replayed conversation, with the run's values after it. */
export interface ReplayedTurn {
  user: string;
  agent: string;
  values: Record<string, unknown>;
}

/** The outcome of one replayed conversation. */
export interface ConversationResult {
  status: string;
  values: Record<string, unknown>;
  transcript: ReplayedTurn[];
  greeting: string;
  /** Problems found against the expectation; empty when the conversation passes. */
  problems: string[];
}

const norm = (v: unknown) => String(v).trim().toLowerCase();
const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
const asText = (v: unknown) => (Array.isArray(v) ? v.map(String).join(', ') : isEmpty(v) ? '' : String(v));

function same(expected: unknown, actual: unknown): boolean {
  if (Array.isArray(expected) || Array.isArray(actual)) {
    if (!Array.isArray(expected) || !Array.isArray(actual)) return false;
    const a = expected.map(norm).sort();
    const b = actual.map(norm).sort();
    return a.length === b.length && a.every((x, i) => x === b[i]);
  }
  return !isEmpty(actual) && norm(expected) === norm(actual);
}

/** The problems of a final state against an expectation (status, exact values, substrings, empty fields). */
export function checkConversation(
  expected: ConversationExpectation,
  status: string,
  values: Record<string, unknown>,
): string[] {
  const problems: string[] = [];
  if (norm(expected.status) !== norm(status))
    problems.push(`status: expected ${expected.status}, got ${status}`);
  for (const [field, want] of Object.entries(expected.values ?? {}))
    if (!same(want, values[field]))
      problems.push(`${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(values[field])}`);
  for (const [field, part] of Object.entries(expected.contains ?? {}))
    if (!norm(asText(values[field])).includes(norm(part)))
      problems.push(
        `${field}: expected to contain ${JSON.stringify(part)}, got ${JSON.stringify(values[field])}`,
      );
  for (const field of expected.absent ?? [])
    if (!isEmpty(values[field]))
      problems.push(`${field}: expected empty, got ${JSON.stringify(values[field])}`);
  return problems;
}

/**
 * Replays the user's `lines` against a new in-memory run of `definition` with the embedded guide (no
 * database), stopping when the run is no longer active, and checks the end state against `expected`.
 * `referenceDate` (YYYY-MM-DD) is the run's "today"; default: the current date.
 */
export async function replayConversation(
  definition: WizardDefinition,
  lines: string[],
  expected: ConversationExpectation,
  referenceDate?: string,
): Promise<ConversationResult> {
  const run = new MemoryRunHandle('test-run', WizardDefinitionBaseSchema.parse(definition));
  await run.dispatch(
    { type: 'start', ...(referenceDate ? { reference_date: referenceDate } : {}) },
    { actor: 'system', now: new Date() },
  );
  const session = new GuideSession({ run, brain: new EmbeddedBrain() });
  const greeting = (await session.greet()).reply;
  const transcript: ReplayedTurn[] = [];
  for (const line of lines) {
    if (run.state().status !== 'active') break;
    const agent = (await session.send(line)).reply;
    transcript.push({ user: line, agent, values: { ...(run.state().values as Record<string, unknown>) } });
  }
  const state = run.state();
  const values = state.values as Record<string, unknown>;
  return {
    status: state.status,
    values,
    transcript,
    greeting,
    problems: checkConversation(expected, state.status, values),
  };
}

/**
 * The index of the turn where a field went wrong: the last turn that changed its value (the first wrong
 * value that stuck), or -1 when no turn ever set it.
 */
export function turnWhereWrong(transcript: ReplayedTurn[], field: string): number {
  let at = -1;
  let before: unknown = undefined;
  for (const [i, turn] of transcript.entries()) {
    const now = turn.values[field];
    if (JSON.stringify(now) !== JSON.stringify(before)) at = i;
    before = now;
  }
  return at;
}

/** A problem of a replayed conversation with the index of the turn where it went wrong (-1: no turn set it). */
export interface LocatedProblem {
  problem: string;
  turn: number;
}

/**
 * Each problem of a result with the turn where it went wrong: for a field, the last turn that changed it
 * (`turnWhereWrong`); for the status, the last turn.
 */
export function locateProblems(result: ConversationResult): LocatedProblem[] {
  return result.problems.map((problem) => {
    const field = problem.split(':')[0]!;
    const turn = field === 'status' ? result.transcript.length - 1 : turnWhereWrong(result.transcript, field);
    return { problem, turn };
  });
}
