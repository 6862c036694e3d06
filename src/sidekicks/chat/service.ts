import type { LanguageModel, ModelMessage } from 'ai';
import { notFoundError } from '../../core/errors.js';
import * as repo from '../../db/chat.js';
import type { Db } from '../../db/client.js';
import type { StoredCitation } from '../../db/schema-chat.js';
import { getSidekick, type SidekickRecord } from '../../db/sidekicks.js';
import type { KnowledgeService } from '../../knowledge/service.js';
import { answerFromPassages, wordDeltas, type Answer, type AnswerCitation } from './embedded-answerer.js';
import { llmAnswer, type AnswerStream } from './llm-answerer.js';
import { context } from './prompts.js';
import { assemblePrompt, DEFAULT_TEMPLATES, PROMPT_LAYERS, type PromptLayer } from './prompt-layers.js';

export type { ThreadOwner } from '../../db/chat.js';

/** A thread as the API shows it. */
export interface ThreadView {
  id: string;
  sidekick_id: string;
  title: string;
  created_at: string;
  updated_at: string;
}

/** A message as the API shows it. */
export interface MessageView {
  id: string;
  role: 'user' | 'assistant';
  text: string;
  citations: StoredCitation[];
  status: 'complete' | 'interrupted';
  created_at: string;
}

/** A document's text by passage, in order (page null for formats without pages). */
export interface DocumentView {
  id: string;
  sidekick_id: string;
  title: string;
  page_count: number | null;
  passages: Array<{ page: number | null; text: string }>;
}

/**
 * Where a streamed answer goes while it is made: each text delta (with the lookup of the passage a citation
 * marker `[n]` names), and whether the client is still there.
 */
export interface AnswerSink {
  delta(text: string, source: (n: number) => AnswerCitation | null): void;
  /** True once the client has gone away (the answer is still finished and stored, marked interrupted). */
  readonly disconnected: boolean;
}

/** What the chat service needs. */
export interface ChatServiceDeps {
  db: Db;
  knowledge: KnowledgeService;
  /** The language model answering for a tenant (its own provider key, else the server's), or null for the embedded answerer. */
  model: (tenantId: string) => Promise<LanguageModel | null>;
}

/**
 * How a question is asked: in the chat (default; an embedded answer is paced like typing) or on a voice call
 * (an embedded answer comes at once, and the LLM is told its reply is spoken).
 */
export interface AskOptions {
  channel?: 'chat' | 'voice';
}

/** What the LLM is told on a voice call, after the sidekick's own prompt layers. */
const VOICE_NOTE =
  'You are speaking on a voice call: answer in a few short spoken sentences, with no markdown, lists, headings or links. Still cite each passage you use as [n].';

/** Passages retrieved per answer when the sidekick does not set its retrieval depth. */
const DEFAULT_DEPTH = 5;
/** Title of a thread before its first question names it. */
export const NEW_THREAD_TITLE = 'New chat';

/**
 * Chat threads of a user with a sidekick and the answers in them. Answers come from the LLM (streamText with the
 * sidekick's prompt layers and `search_knowledge`) when one is configured, else from the embedded answerer
 * (see answerFromPassages). Every call is scoped to the caller's tenant and user: another user's thread is
 * `not_found`.
 */
export class ChatService {
  constructor(private readonly deps: ChatServiceDeps) {}

  /** Creates a thread with a sidekick. Throws `not_found` for a sidekick not in the tenant. */
  async createThread(owner: repo.ThreadOwner, sidekickId: string, title?: string): Promise<ThreadView> {
    await this.sidekick(owner.tenantId, sidekickId);
    return threadView(await repo.insertThread(this.deps.db, owner, sidekickId, title || NEW_THREAD_TITLE));
  }

  /** The caller's threads with a sidekick (all sidekicks when null), latest first, titles filtered by `search`. */
  async listThreads(
    owner: repo.ThreadOwner,
    sidekickId: string | null,
    search?: string,
  ): Promise<ThreadView[]> {
    if (sidekickId) await this.sidekick(owner.tenantId, sidekickId);
    return (await repo.listThreads(this.deps.db, owner, sidekickId, search)).map(threadView);
  }

  /** One thread with its messages, oldest first. Throws `not_found`. */
  async getThread(
    owner: repo.ThreadOwner,
    id: string,
  ): Promise<{ thread: ThreadView; messages: MessageView[] }> {
    const thread = await this.thread(owner, id);
    return {
      thread: threadView(thread),
      messages: (await repo.listMessages(this.deps.db, thread.id)).map(messageView),
    };
  }

  /** Renames a thread. Throws `not_found`. */
  async renameThread(owner: repo.ThreadOwner, id: string, title: string): Promise<ThreadView> {
    const row = await repo.renameThread(this.deps.db, owner, id, title);
    if (!row) throw notFoundError('the thread');
    return threadView(row);
  }

  /** Deletes a thread with its messages. Throws `not_found`. */
  async deleteThread(owner: repo.ThreadOwner, id: string): Promise<void> {
    if (!(await repo.deleteThread(this.deps.db, owner, id))) throw notFoundError('the thread');
  }

  /**
   * Asks a question in a thread: stores it, answers it (streaming each delta to `sink`), and stores the answer
   * with its citations whole even when the client goes away (then marked `interrupted`). The first question
   * names a new thread. Throws `not_found` for a thread that is not the caller's.
   */
  async ask(
    owner: repo.ThreadOwner,
    threadId: string,
    question: string,
    sink?: AnswerSink,
    options: AskOptions = {},
  ): Promise<MessageView> {
    const thread = await this.thread(owner, threadId);
    const sidekick = await this.sidekick(owner.tenantId, thread.sidekickId);
    const history = await repo.listMessages(this.deps.db, thread.id);
    await repo.insertMessage(this.deps.db, thread, { role: 'user', text: question });
    if (history.length === 0 && thread.title === NEW_THREAD_TITLE)
      await repo.renameThread(this.deps.db, owner, thread.id, titleFrom(question));
    const channel = options.channel ?? 'chat';
    const stream = await this.answer(sidekick, question, history, { channel, paced: channel === 'chat' });
    let interrupted = false;
    for await (const delta of stream.deltas) {
      if (sink && !sink.disconnected) sink.delta(delta, stream.source);
      else if (sink) interrupted = true;
    }
    const answer = await stream.answer;
    const row = await repo.insertMessage(this.deps.db, thread, {
      role: 'assistant',
      text: answer.text,
      citations: answer.citations.map(({ document_id, title, page, quote }) => ({
        document_id,
        title,
        page,
        quote,
      })),
      status: interrupted || sink?.disconnected ? 'interrupted' : 'complete',
    });
    return messageView(row);
  }

  /**
   * A document of the tenant's knowledge bases with its text by page, for the view citations open. Throws
   * `not_found`.
   */
  async document(tenantId: string, documentId: string): Promise<DocumentView> {
    const found = await repo.documentWithChunks(this.deps.db, tenantId, documentId);
    if (!found) throw notFoundError('the document');
    return {
      id: found.document.id,
      sidekick_id: found.document.sidekickId,
      title: found.document.title,
      page_count: found.document.pageCount,
      passages: found.chunks,
    };
  }

  /** The active template of each layer (the default where none is saved). */
  async templates(tenantId: string, sidekickId: string): Promise<Record<PromptLayer, string>> {
    const active = await repo.activeTemplates(this.deps.db, tenantId, sidekickId);
    return Object.fromEntries(PROMPT_LAYERS.map((l) => [l, active[l] ?? DEFAULT_TEMPLATES[l]])) as Record<
      PromptLayer,
      string
    >;
  }

  /**
   * Answers a question outside any thread (a quality run): with `templates` (default: the active ones) and no
   * history, the whole answer at once. Throws what the model throws.
   */
  async answerQuestion(
    sidekick: SidekickRecord,
    question: string,
    templates?: Record<PromptLayer, string>,
  ): Promise<Answer> {
    const stream = await this.answer(sidekick, question, [], {
      channel: 'chat',
      paced: false,
      ...(templates ? { templates } : {}),
    });
    for await (const delta of stream.deltas) void delta;
    return stream.answer;
  }

  private async answer(
    sidekick: SidekickRecord,
    question: string,
    history: repo.ChatMessageRecord[],
    how: AnswerMode,
  ): Promise<AnswerStream> {
    const { channel, paced, templates } = how;
    const depth = sidekick.retrievalDepth ?? DEFAULT_DEPTH;
    const search = (query: string) =>
      this.deps.knowledge.search(sidekick.tenantId, sidekick.id, query, depth);
    const model = await this.deps.model(sidekick.tenantId);
    if (!model) {
      const answer = answerFromPassages(question, await search(question), sidekick.greeting);
      return paced ? streamed(answer) : whole(answer);
    }
    const prompt = assemblePrompt(
      templates ?? (await this.templates(sidekick.tenantId, sidekick.id)),
      context(sidekick, [], question),
    );
    return llmAnswer({
      model,
      prompt: channel === 'voice' ? { ...prompt, system: `${prompt.system}\n\n${VOICE_NOTE}` } : prompt,
      history: history.map((m): ModelMessage => ({ role: m.role, content: m.text })),
      search,
      ...(sidekick.temperature !== null ? { temperature: sidekick.temperature } : {}),
    });
  }

  private async thread(owner: repo.ThreadOwner, id: string): Promise<repo.ChatThreadRecord> {
    const thread = await repo.getThread(this.deps.db, owner, id);
    if (!thread) throw notFoundError('the thread');
    return thread;
  }

  private async sidekick(tenantId: string, id: string): Promise<SidekickRecord> {
    const sidekick = await getSidekick(this.deps.db, tenantId, id);
    if (!sidekick) throw notFoundError('the sidekick');
    return sidekick;
  }
}

/**
 * How an answer is made: for the chat or a voice call (told its reply is spoken); `paced` streams an embedded
 * answer word by word like typing (else it comes whole); `templates` replace the active prompt layers.
 */
interface AnswerMode {
  channel: 'chat' | 'voice';
  paced: boolean;
  templates?: Record<PromptLayer, string>;
}

/** Pause between the words of an embedded answer, in ms: the pace of someone typing fast, so it reads as it comes. */
const WORD_PAUSE_MS = 12;

/** An answer already made, streamed word by word, WORD_PAUSE_MS between words. */
function streamed(answer: Answer): AnswerStream {
  return {
    deltas: (async function* () {
      for (const word of wordDeltas(answer.text)) {
        yield word;
        await new Promise((resolve) => setTimeout(resolve, WORD_PAUSE_MS));
      }
    })(),
    answer: Promise.resolve(answer),
    source: citationOf(answer),
  };
}

/** An answer already made, as one delta. */
function whole(answer: Answer): AnswerStream {
  return {
    deltas: (async function* () {
      yield answer.text;
    })(),
    answer: Promise.resolve(answer),
    source: citationOf(answer),
  };
}

/** The lookup of an embedded answer's citations: its markers `[n]` number them from 1. */
function citationOf(answer: Answer): (n: number) => AnswerCitation | null {
  return (n) => answer.citations[n - 1] ?? null;
}

function titleFrom(question: string): string {
  const line = question.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

function threadView(row: repo.ChatThreadRecord): ThreadView {
  return {
    id: row.id,
    sidekick_id: row.sidekickId,
    title: row.title,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

function messageView(row: repo.ChatMessageRecord): MessageView {
  return {
    id: row.id,
    role: row.role,
    text: row.text,
    citations: row.citations,
    status: row.status,
    created_at: row.createdAt.toISOString(),
  };
}
