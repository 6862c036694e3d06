import { useCallback, useEffect, useRef, useState } from 'react';
import type { RunHandle } from '../../../src/core/wizard/run-handle';
import type { GuideSession } from '../../../src/guide/session';
import type { GuideMessage } from './types';

/** The conversation with an in-browser guide, in the shape `GuidePanel` takes. */
export interface LocalGuide {
  messages: GuideMessage[];
  pending: boolean;
  sendMessage: (text: string) => Promise<void>;
  /** Set when the guide could not start. */
  error?: string;
}

let counter = 0;
const message = (role: GuideMessage['role'], text: string): GuideMessage => ({
  id: `m${++counter}`,
  role,
  text,
  at: new Date().toISOString(),
});

/**
 * A guide session running in the browser over a local run (previews): the embedded guide brain
 * (src/guide/nlu, rules + NLU libraries, no LLM) with the same `GuideSession` the server uses. Every field
 * it fills goes through the run handle, so the form updates at once with guide provenance. The guide's
 * code is loaded on demand (a separate chunk), so the form shows before the guide is ready.
 */
export function useLocalGuide(handle: RunHandle): LocalGuide {
  const [messages, setMessages] = useState<GuideMessage[]>([]);
  const [pending, setPending] = useState(true);
  const [error, setError] = useState<string>();
  const session = useRef<GuideSession | null>(null);

  useEffect(() => {
    let cancelled = false;
    Promise.all([import('../../../src/guide/session'), import('../../../src/guide/nlu/brain')])
      .then(async ([{ GuideSession }, { EmbeddedBrain }]) => {
        const created = new GuideSession({ run: handle, brain: new EmbeddedBrain() });
        const turn = await created.greet();
        if (cancelled) return;
        session.current = created;
        setMessages([message('guide', turn.reply)]);
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(e instanceof Error ? e.message : String(e));
      })
      .finally(() => {
        if (!cancelled) setPending(false);
      });
    return () => {
      cancelled = true;
    };
  }, [handle]);

  const sendMessage = useCallback(async (text: string) => {
    const current = session.current;
    setMessages((all) => [...all, message('user', text)]);
    if (!current) {
      setMessages((all) => [...all, message('guide', 'One moment — I am still getting ready.')]);
      return;
    }
    setPending(true);
    try {
      const turn = await current.send(text);
      setMessages((all) => [...all, message('guide', turn.reply)]);
    } catch (e) {
      setMessages((all) => [
        ...all,
        message('guide', `Sorry, something went wrong: ${e instanceof Error ? e.message : String(e)}`),
      ]);
    } finally {
      setPending(false);
    }
  }, []);

  return { messages, pending, sendMessage, error };
}
