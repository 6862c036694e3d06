import { useCallback, useEffect, useRef, useState } from 'react';
import type { GuideMessage } from '../guide/types';
import { runApi } from './run-call';

interface TranscriptEntry {
  seq: number;
  role: 'user' | 'agent';
  text: string;
  at: string;
}

/** The conversation with a run's server-side guide, in the shape `GuidePanel` takes. */
export interface ServerGuide {
  messages: GuideMessage[];
  pending: boolean;
  sendMessage: (text: string) => Promise<void>;
  /** Set when the transcript could not be loaded or a message failed. */
  error?: string;
  /** Reads the stored transcript again (e.g. after a voice call captioned a final line). */
  reload: () => void;
}

/** Options of {@link useServerGuide}. */
export interface ServerGuideOptions {
  /** The run's last seq: when it moves while no reply is due, the transcript is read again. */
  lastSeq?: number;
  /** Runs before a message is posted, e.g. sending values still being typed so the guide knows them. */
  beforeSend?: () => Promise<unknown>;
}

const toMessage = (e: TranscriptEntry): GuideMessage => ({
  id: `t${e.seq}`,
  role: e.role === 'agent' ? 'guide' : 'user',
  text: e.text,
  at: e.at,
});

let counter = 0;

/**
 * The guide of a server-backed run: the transcript from `GET /runs/:id/transcript` on mount (a reload shows
 * the conversation so far), `sendMessage` posts to `POST /runs/:id/messages` and appends the guide's reply.
 * The fields it fills arrive on the run's live stream (see `useServerRun`), not here. `beforeSend` runs
 * first (pass the run's `flush`, so the guide sees what was just typed). When the run's log moves on while
 * no reply is due (`lastSeq`: the guide answered in another tab), the transcript is read again so both
 * tabs show the same conversation.
 */
export function useServerGuide(
  runId: string,
  { lastSeq = 0, beforeSend }: ServerGuideOptions = {},
): ServerGuide {
  const [messages, setMessages] = useState<GuideMessage[]>([]);
  const [pending, setPending] = useState(true);
  const [error, setError] = useState<string>();
  const busy = useRef(0);

  const reload = useCallback(async () => {
    const { entries } = await runApi<{ entries: TranscriptEntry[] }>(runId, '/transcript');
    if (busy.current === 0) setMessages(entries.map(toMessage));
  }, [runId]);

  useEffect(() => {
    let cancelled = false;
    busy.current = 0;
    reload()
      .catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)))
      .finally(() => !cancelled && setPending(false));
    return () => {
      cancelled = true;
    };
  }, [reload]);

  useEffect(() => {
    if (lastSeq === 0 || busy.current > 0) return;
    const timer = setTimeout(() => void reload().catch(() => undefined), 150);
    return () => clearTimeout(timer);
  }, [lastSeq, reload]);

  const sendMessage = useCallback(
    async (text: string) => {
      busy.current += 1;
      const id = `local-${++counter}`;
      setMessages((all) => [...all, { id, role: 'user', text, at: new Date().toISOString() }]);
      setPending(true);
      setError(undefined);
      try {
        await beforeSend?.();
        const turn = await runApi<{ reply: string }>(runId, '/messages', { body: { text } });
        setMessages((all) => [
          ...all,
          { id: `${id}-reply`, role: 'guide', text: turn.reply, at: new Date().toISOString() },
        ]);
      } catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        setError(detail);
        setMessages((all) => [
          ...all,
          { id: `${id}-error`, role: 'guide', text: `Sorry, that did not reach me: ${detail}` },
        ]);
      } finally {
        busy.current -= 1;
        setPending(busy.current > 0);
      }
    },
    [runId, beforeSend],
  );

  const reloadQuietly = useCallback(() => void reload().catch(() => undefined), [reload]);
  return { messages, pending, sendMessage, error, reload: reloadQuietly };
}
