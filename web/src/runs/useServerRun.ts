import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { FieldType, WizardDefinition } from '../../../src/core/wizard/definition';
import { snapshotRun } from '../../../src/core/wizard/snapshot';
import { isApiProblem } from '../api/problem';
import { runToken } from '../api/run-tokens';
import type { CommandOutcome, RunController, UploadProgress } from '../player/run-controller';
import { LiveRunSocket, type LiveStatus } from './live-socket';
import { loadRun, runApi, type RunStateResponse } from './run-api';
import { INITIAL, serverRunReducer, withPending } from './server-run-state';
import { uploadRunFile } from './upload-file';

/** Field types whose controls send a value per keystroke: their values are sent once typing pauses. */
const TYPED: ReadonlySet<FieldType> = new Set([
  'text',
  'textarea',
  'email',
  'phone',
  'url',
  'number',
  'rich_text',
]);
/** How long a typed value waits for the next keystroke before it is sent (ms). */
export const TYPING_DEBOUNCE_MS = 250;

/** Until a definition arrives; the player never reads it while `status` is `loading`. */
const NO_DEFINITION = { steps: [], settings: {}, guide: { name: 'Guide' } } as unknown as WizardDefinition;

interface Queued {
  value: unknown;
  timer: ReturnType<typeof setTimeout>;
  waiters: Array<(outcome: CommandOutcome) => void>;
}

/** A server-backed run: a {@link RunController} plus the live connection's state and the last seq. */
export interface ServerRunController extends RunController {
  runId: string;
  connection: LiveStatus;
  lastSeq: number;
  /** Sends every typed value still waiting for typing to pause; resolves true when all were accepted. */
  flush(): Promise<boolean>;
}

/**
 * A run that lives on the server (`/api/v1/runs/:id`), as a {@link RunController} for the player.
 *
 * Load: the run, its definition (see `runDefinition`) and its whole event log, folded with the engine's
 * `foldRunEvent`; the snapshot is computed here with `snapshotRun` (same code as the server). Live: the
 * run's WebSocket from the last seq, reconnecting with backoff from the last seq it holds; every change,
 * by anyone, arrives there and only there. Commands go over HTTP (`PATCH values`, `POST navigate`,
 * `POST complete`) and resolve `{ok, problems}` from the answer: a 4xx problem+json becomes `problems`.
 * Typed values are sent once typing pauses ({@link TYPING_DEBOUNCE_MS}, per field) and shown meanwhile
 * (and until the log holds them), so the server's echo of an earlier keystroke never rewinds the input.
 * Anonymous runs send the tab's run token (`X-Run-Token`, `?run_token=` on the socket). `uploadFile` posts a
 * chosen file to `/runs/:id/files` (see uploadRunFile); the field control then commits the refs with `setField`.
 */
export function useServerRun(runId: string): ServerRunController {
  const [s, dispatch] = useReducer(serverRunReducer, INITIAL);
  const [connection, setConnection] = useState<LiveStatus>('connecting');
  const queued = useRef(new Map<string, Queued>());
  const definition = s.definition ?? NO_DEFINITION;

  useEffect(() => {
    let socket: LiveRunSocket | null = null;
    let cancelled = false;
    loadRun(runId)
      .then(({ definition: loaded, events }) => {
        if (cancelled) return;
        dispatch({ type: 'loaded', definition: loaded, events });
        // The last seq received: every reconnect asks for what came after it.
        let held = events.at(-1)?.seq ?? 0;
        socket = new LiveRunSocket({
          runId,
          runToken: runToken(runId),
          afterSeq: () => held,
          onEvent: (stored) => {
            held = Math.max(held, stored.seq);
            dispatch({ type: 'event', stored });
          },
          onStatus: setConnection,
        }).start();
      })
      .catch((e: unknown) => {
        if (!cancelled) dispatch({ type: 'failed', error: e instanceof Error ? e.message : String(e) });
      });
    return () => {
      cancelled = true;
      socket?.close();
    };
  }, [runId]);

  const outcomeOf = useCallback((e: unknown): CommandOutcome => {
    const problems = isApiProblem(e)
      ? e.runProblems()
      : [{ message: e instanceof Error ? e.message : String(e) }];
    dispatch({ type: 'problems', problems });
    return { ok: false, problems };
  }, []);

  const command = useCallback(
    async (path: string, body?: unknown): Promise<CommandOutcome> => {
      try {
        await runApi<RunStateResponse>(runId, path, { method: 'POST', body });
        dispatch({ type: 'problems', problems: [] });
        return { ok: true, problems: [] };
      } catch (e) {
        return outcomeOf(e);
      }
    },
    [runId, outcomeOf],
  );

  const send = useCallback(
    async (field: string, value: unknown): Promise<CommandOutcome> => {
      try {
        const answer = await runApi<RunStateResponse>(runId, '/values', {
          method: 'PATCH',
          body: { values: { [field]: value ?? null } },
        });
        dispatch({ type: 'settled', field, value, seq: answer.last_seq });
        dispatch({ type: 'problems', problems: [] });
        return { ok: true, problems: [] };
      } catch (e) {
        dispatch({ type: 'settled', field, value, seq: null });
        return outcomeOf(e);
      }
    },
    [runId, outcomeOf],
  );

  /** Sends every value still waiting for typing to pause (before navigating). */
  const flush = useCallback(async () => {
    const waiting = [...queued.current.entries()];
    queued.current.clear();
    const outcomes = await Promise.all(
      waiting.map(async ([field, q]) => {
        clearTimeout(q.timer);
        const outcome = await send(field, q.value);
        for (const resolve of q.waiters) resolve(outcome);
        return outcome;
      }),
    );
    return outcomes.every((o) => o.ok);
  }, [send]);

  const setField = useCallback(
    (field: string, value: unknown): Promise<CommandOutcome> => {
      dispatch({ type: 'typed', field, value });
      const type = s.definition?.steps.flatMap((st) => st.fields).find((f) => f.name === field)?.type;
      const previous = queued.current.get(field);
      if (previous) clearTimeout(previous.timer);
      if (!type || !TYPED.has(type)) {
        queued.current.delete(field);
        return send(field, value).then((outcome) => {
          for (const resolve of previous?.waiters ?? []) resolve(outcome);
          return outcome;
        });
      }
      return new Promise((resolve) => {
        const entry: Queued = {
          value,
          waiters: [...(previous?.waiters ?? []), resolve],
          timer: setTimeout(() => {
            if (queued.current.get(field) !== entry) return;
            queued.current.delete(field);
            void send(field, value).then((outcome) => entry.waiters.forEach((w) => w(outcome)));
          }, TYPING_DEBOUNCE_MS),
        };
        queued.current.set(field, entry);
      });
    },
    [s.definition, send],
  );

  const next = useCallback(async () => {
    await flush();
    return command('/navigate', { action: 'next' });
  }, [flush, command]);
  const previous = useCallback(async () => {
    await flush();
    return command('/navigate', { action: 'previous' });
  }, [flush, command]);
  const goTo = useCallback(
    async (stepId: string) => {
      await flush();
      return command('/navigate', { action: 'go_to', step_id: stepId });
    },
    [flush, command],
  );
  const complete = useCallback(async () => {
    await flush();
    return command('/complete');
  }, [flush, command]);
  const apply = useCallback(
    async (field: string) => {
      await flush();
      return command('/apply', { field });
    },
    [flush, command],
  );
  const uploadFile = useCallback(
    (field: string, file: File, onProgress?: UploadProgress) => uploadRunFile(runId, field, file, onProgress),
    [runId],
  );

  useEffect(() => {
    const pending = queued.current;
    return () => pending.forEach((q) => clearTimeout(q.timer));
  }, []);

  const shown = useMemo(() => (s.state ? withPending(s.state, s.pending) : null), [s.state, s.pending]);
  const snapshot = useMemo(
    () => (shown && s.definition ? snapshotRun(s.definition, shown) : null),
    [shown, s.definition],
  );

  return {
    runId,
    definition,
    status: s.status,
    error: s.error,
    state: s.state,
    snapshot,
    events: s.events,
    problems: s.problems,
    connection,
    lastSeq: s.lastSeq,
    flush,
    setField,
    next,
    previous,
    goTo,
    complete,
    apply,
    uploadFile,
  };
}
