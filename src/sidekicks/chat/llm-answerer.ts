import { stepCountIs, streamText, tool, type LanguageModel, type ModelMessage } from 'ai';
import { z } from 'zod';
import type { KnowledgePassage } from '../../knowledge/retrieve.js';
import type { Answer, AnswerCitation } from './embedded-answerer.js';
import type { AssembledPrompt } from './prompt-layers.js';

/**
 * A streamed answer: the text deltas as they come, the whole answer once they are over, and the passage a
 * citation marker `[n]` of the text names (known by the time a delta cites it; null for a number that names
 * none).
 */
export interface AnswerStream {
  deltas: AsyncIterable<string>;
  answer: Promise<Answer>;
  source(n: number): AnswerCitation | null;
}

/** What the LLM answerer needs. */
export interface LlmAnswerInput {
  model: LanguageModel;
  prompt: AssembledPrompt;
  /** Earlier messages of the thread, oldest first. */
  history: ModelMessage[];
  /** Searches the sidekick's knowledge base (what `search_knowledge` runs). */
  search: (query: string) => Promise<KnowledgePassage[]>;
  temperature?: number;
}

/** Most model calls per answer (each search_knowledge round-trip is one). */
const MAX_STEPS = 4;

/**
 * Answers through the AI SDK: `streamText` with the assembled prompt layers and `search_knowledge` as a tool.
 * Every passage a tool call returns gets a number, global to the answer; the citations are the passages the
 * answer cites as `[n]`, or, when it cites none by number, every passage the tool returned.
 */
export function llmAnswer(input: LlmAnswerInput): AnswerStream {
  const found: KnowledgePassage[] = [];
  const result = streamText({
    model: input.model,
    system: input.prompt.system,
    messages: [...input.history, { role: 'user', content: input.prompt.user }],
    ...(input.temperature !== undefined ? { temperature: input.temperature } : {}),
    stopWhen: stepCountIs(MAX_STEPS),
    tools: {
      search_knowledge: tool({
        description:
          "Searches the sidekick's knowledge base; returns numbered passages with their source. Cite a passage as [n].",
        inputSchema: z.object({ query: z.string().min(1).describe('what to look for') }),
        execute: async ({ query }) => {
          const passages = await input.search(query);
          return passages.map((p) => {
            found.push(p);
            return { number: found.length, source: p.citation, text: p.text };
          });
        },
      }),
    },
  });
  const answer = (async (): Promise<Answer> => {
    const text = (await result.text).trim();
    return { text, citations: usedCitations(text, found), unknown: found.length === 0 };
  })();
  const source = (n: number) => (found[n - 1] ? toCitation(found[n - 1]!) : null);
  return { deltas: result.textStream, answer, source };
}

/** The passages `text` cites as `[n]`, in order of first citation; every passage when none is cited. */
export function usedCitations(text: string, passages: KnowledgePassage[]): AnswerCitation[] {
  const numbers = [...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  const cited = [...new Set(numbers)]
    .filter((n) => n >= 1 && n <= passages.length)
    .map((n) => passages[n - 1]!);
  return (cited.length > 0 ? cited : passages).map(toCitation);
}

/** A passage as a citation (its whole text as the quote). */
export function toCitation(p: KnowledgePassage): AnswerCitation {
  return {
    document_id: p.documentId,
    title: p.documentTitle,
    page: p.page,
    quote: p.text,
    chunk_id: p.chunkId,
  };
}
