import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiProblem } from '../api/problem';
import { Button } from '../ui/Button';
import { controlClass } from '../ui/Input';
import { askStreaming, createThread, getThread } from './chat-api';
import { MessageBubble, type ShownMessage } from './MessageBubble';

interface ConversationProps {
  sidekickId: string;
  sidekickName: string;
  /** The open thread, or null for a new conversation (the first question creates the thread). */
  threadId: string | null;
  onThreadCreated: (id: string) => void;
}

/**
 * A conversation with a sidekick: the thread's messages, the answer streaming in as it is written, Stop while it
 * streams, Retry on the last answer, and the question box (Enter sends, Shift+Enter breaks the line).
 */
export function Conversation({ sidekickId, sidekickName, threadId, onThreadCreated }: ConversationProps) {
  const queryClient = useQueryClient();
  const thread = useQuery({
    queryKey: ['chat-thread', threadId],
    queryFn: () => getThread(threadId!),
    enabled: threadId !== null,
  });
  const [pending, setPending] = useState<ShownMessage[]>([]);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const bottom = useRef<HTMLDivElement>(null);
  const [streaming, setStreaming] = useState(false);

  const stored: ShownMessage[] = thread.data?.messages ?? [];
  const shown = [...stored, ...pending];
  useEffect(() => {
    bottom.current?.scrollIntoView({ block: 'end' });
  }, [shown.length, pending]);
  // Opening another thread clears what this one showed; the thread the first question just created keeps it.
  useEffect(() => {
    if (!abort.current) setPending([]);
  }, [threadId]);

  async function ask(question: string) {
    setError(null);
    const controller = new AbortController();
    abort.current = controller;
    setStreaming(true);
    const answer: ShownMessage = {
      id: 'streaming',
      role: 'assistant',
      text: '',
      citations: [],
      status: 'streaming',
    };
    setPending([{ id: 'asking', role: 'user', text: question, citations: [], status: 'complete' }, answer]);
    try {
      const id = threadId ?? (await createThread(sidekickId)).id;
      if (!threadId) onThreadCreated(id);
      await askStreaming(
        id,
        question,
        {
          onDelta: (text) =>
            setPending((p) => p.map((m) => (m.id === 'streaming' ? { ...m, text: m.text + text } : m))),
          onCitations: (citations) =>
            setPending((p) => p.map((m) => (m.id === 'streaming' ? { ...m, citations } : m))),
        },
        controller.signal,
      );
      await queryClient.invalidateQueries({ queryKey: ['chat-thread', id] });
      await queryClient.invalidateQueries({ queryKey: ['chat-threads'] });
      setPending([]);
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') {
        setPending((p) => p.map((m) => (m.id === 'streaming' ? { ...m, status: 'interrupted' } : m)));
      } else {
        setPending([]);
        setDraft(question);
        setError(e instanceof ApiProblem ? e.detail : 'the answer failed; try again');
      }
    } finally {
      abort.current = null;
      setStreaming(false);
    }
  }

  function submit(event?: FormEvent) {
    event?.preventDefault();
    const question = draft.trim();
    if (!question || streaming) return;
    setDraft('');
    void ask(question);
  }

  const lastQuestion = [...stored].reverse().find((m) => m.role === 'user')?.text;
  return (
    <div className="flex min-h-[60vh] flex-col">
      <div className="flex-1 overflow-y-auto p-3 sm:p-4">
        <ol className="space-y-3" aria-live="polite" aria-label="Messages">
          {shown.length === 0 && (
            <li className="py-10 text-center text-sm text-fg-muted">
              Ask {sidekickName} a question: answers come from its documents, with their sources.
            </li>
          )}
          {shown.map((m, i) => (
            <MessageBubble
              key={m.id + i}
              message={m}
              onRetry={
                m.role === 'assistant' &&
                i === shown.length - 1 &&
                !streaming &&
                pending.length === 0 &&
                lastQuestion
                  ? () => void ask(lastQuestion)
                  : undefined
              }
            />
          ))}
        </ol>
        <div ref={bottom} />
      </div>
      {error && (
        <p role="alert" className="mx-3 rounded-lg bg-danger/10 px-3 py-2 text-sm text-danger">
          {error}
        </p>
      )}
      <form onSubmit={submit} className="flex items-end gap-2 border-t border-line p-3">
        <label htmlFor="chat-question" className="sr-only">
          Your question
        </label>
        <textarea
          id="chat-question"
          rows={2}
          value={draft}
          maxLength={4000}
          placeholder={`Ask ${sidekickName}…`}
          className={`${controlClass} min-h-12 resize-none py-2`}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              submit();
            }
          }}
        />
        {streaming ? (
          <Button variant="secondary" onClick={() => abort.current?.abort()}>
            Stop
          </Button>
        ) : (
          <Button type="submit" disabled={!draft.trim()}>
            Send
          </Button>
        )}
      </form>
    </div>
  );
}
