import type { RunEvent } from '../../../src/core/events/run-events';
import type { WizardDefinition } from '../../../src/core/wizard/definition';
import { foldRunEvent } from '../../../src/core/wizard/run-fold';
import type { RunProblem, RunState } from '../../../src/core/wizard/run-state';
import { valueKey } from '../player/field-props';
import type { StoredEvent } from './live-socket';

/** A value typed in the form and sent (or about to be), shown until the run's log has caught up with it. */
export interface PendingValue {
  value: unknown;
  /** The seq after which the server's state holds it; Infinity while the request is out. */
  untilSeq: number;
}

/** The state of `useServerRun`. */
export interface ServerRunState {
  status: 'loading' | 'ready' | 'error';
  error?: string;
  definition: WizardDefinition | null;
  state: RunState | null;
  events: RunEvent[];
  lastSeq: number;
  problems: RunProblem[];
  pending: Record<string, PendingValue>;
}

export type ServerRunAction =
  | { type: 'loaded'; definition: WizardDefinition; events: StoredEvent[] }
  | { type: 'failed'; error: string }
  | { type: 'event'; stored: StoredEvent }
  | { type: 'problems'; problems: RunProblem[] }
  | { type: 'typed'; field: string; value: unknown }
  | { type: 'settled'; field: string; value: unknown; seq: number | null };

export const INITIAL: ServerRunState = {
  status: 'loading',
  definition: null,
  state: null,
  events: [],
  lastSeq: 0,
  problems: [],
  pending: {},
};

function dropCaughtUp(pending: Record<string, PendingValue>, lastSeq: number) {
  const kept = Object.entries(pending).filter(([, p]) => p.untilSeq > lastSeq);
  return kept.length === Object.keys(pending).length ? pending : Object.fromEntries(kept);
}

function fold(s: ServerRunState, stored: StoredEvent): ServerRunState {
  if (!s.definition || stored.seq <= s.lastSeq) return s; // replayed twice (reconnect): already folded
  const state = foldRunEvent(s.definition, s.state, stored.event);
  return {
    ...s,
    state,
    events: [...s.events, stored.event],
    lastSeq: stored.seq,
    pending: dropCaughtUp(s.pending, stored.seq),
  };
}

/**
 * The reducer of a server-backed run: events (from the load and the live socket) fold into the state in
 * seq order, each exactly once; the form's own values wait in `pending` until the log holds them.
 */
export function serverRunReducer(s: ServerRunState, action: ServerRunAction): ServerRunState {
  switch (action.type) {
    case 'loaded': {
      let next: ServerRunState = { ...INITIAL, definition: action.definition, pending: s.pending };
      for (const stored of action.events) next = fold(next, stored);
      return next.state
        ? { ...next, status: 'ready' }
        : { ...next, status: 'error', error: 'the run has no events' };
    }
    case 'failed':
      return { ...s, status: 'error', error: action.error };
    case 'event':
      try {
        return fold(s, action.stored);
      } catch (e) {
        return { ...s, status: 'error', error: e instanceof Error ? e.message : String(e) };
      }
    case 'problems':
      return { ...s, problems: action.problems };
    case 'typed':
      return { ...s, pending: { ...s.pending, [action.field]: { value: action.value, untilSeq: Infinity } } };
    case 'settled': {
      const current = s.pending[action.field];
      if (!current || valueKey(current.value) !== valueKey(action.value)) return s; // typed again since
      const pending = { ...s.pending };
      if (action.seq === null || action.seq <= s.lastSeq) delete pending[action.field];
      else pending[action.field] = { ...current, untilSeq: action.seq };
      return { ...s, pending };
    }
  }
}

/** The run's state with the form's pending values laid over it (what the player shows). */
export function withPending(state: RunState, pending: Record<string, PendingValue>): RunState {
  const names = Object.keys(pending);
  if (names.length === 0) return state;
  const values = { ...state.values };
  const provenance = { ...state.provenance };
  for (const name of names) {
    const { value } = pending[name]!;
    if (value === null || value === undefined) {
      delete values[name];
      delete provenance[name];
    } else {
      values[name] = value;
      provenance[name] = { source: 'form', confidence: 1 };
    }
  }
  return { ...state, values, provenance };
}
