import { api, problemOf, UNREACHABLE } from '../api/http';
import { ApiProblem } from '../api/problem';

/** A citation of an answer: the document, its title, the 1-based page (null without pages) and the quote. */
export interface Citation {
  document_id: string;
  title: string;
  page: number | null;
  quote: string;
}

/** A chat thread of the signed-in user with a sidekick. */
export interface Thread {
  id: string;
  sidekick_id: string;
  title: string;
  created_at: string;
  updated_at: string;
}

/** A message of a thread. */
export interface Message {
  id: string;
  role: 'user' | 'assistant';
  text: string;
  citations: Citation[];
  status: 'complete' | 'interrupted';
  created_at: string;
}

/** A sidekick as the chat pickers need it. */
export interface SidekickSummary {
  id: string;
  name: string;
  slug: string;
}

/** A cited document's text by passage. */
export interface DocumentView {
  id: string;
  sidekick_id: string;
  title: string;
  page_count: number | null;
  passages: Array<{ page: number | null; text: string }>;
}

export const listSidekicks = () =>
  api<{ items: SidekickSummary[] }>('/api/v1/sidekicks').then((r) => r.items);

export const listThreads = (sidekickId: string | null, q: string) => {
  const params = new URLSearchParams();
  if (sidekickId) params.set('sidekick_id', sidekickId);
  if (q) params.set('q', q);
  return api<{ items: Thread[] }>(`/api/v1/threads?${params}`).then((r) => r.items);
};

export const createThread = (sidekickId: string) =>
  api<Thread>(`/api/v1/sidekicks/${sidekickId}/threads`, { body: {} });

export const getThread = (id: string) =>
  api<{ thread: Thread; messages: Message[] }>(`/api/v1/threads/${id}`);

export const renameThread = (id: string, title: string) =>
  api<Thread>(`/api/v1/threads/${id}`, { method: 'PATCH', body: { title } });

export const deleteThread = (id: string) => api<void>(`/api/v1/threads/${id}`, { method: 'DELETE' });

export const getDocument = (id: string) => api<DocumentView>(`/api/v1/documents/${id}`);

/** What a streamed answer reports as it comes. */
export interface AskHandlers {
  onDelta: (text: string) => void;
  onCitations: (citations: Citation[]) => void;
}

/**
 * Asks a question in a thread and reads the answer as server-sent events (`delta`, `citations`, `done`,
 * `error`). Resolves with the stored message. Throws ApiProblem for a refused question (400, 404) or a failed
 * answer, and the AbortError when `signal` stops it (the server still finishes and stores the answer).
 */
export async function askStreaming(
  threadId: string,
  text: string,
  handlers: AskHandlers,
  signal?: AbortSignal,
): Promise<Message> {
  let response: Response;
  try {
    response = await fetch(`/api/v1/threads/${threadId}/messages`, {
      method: 'POST',
      headers: { accept: 'text/event-stream', 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
      credentials: 'same-origin',
      signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiProblem(0, UNREACHABLE);
  }
  if (!response.ok || !response.body) {
    const body: unknown = await response.json().catch(() => undefined);
    throw problemOf(response.status, response.statusText, body);
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (!event || data === undefined) continue;
      const payload = JSON.parse(data) as Record<string, unknown>;
      if (event === 'delta') handlers.onDelta(payload.text as string);
      else if (event === 'citations') handlers.onCitations(payload.citations as Citation[]);
      else if (event === 'done') return payload.message as Message;
      else if (event === 'error') throw new ApiProblem(502, payload.detail as string);
    }
  }
  throw new ApiProblem(0, 'the answer stopped before it was complete; try again');
}
