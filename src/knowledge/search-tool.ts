import { tool } from 'ai';
import { z } from 'zod';
import type { KnowledgePassage } from './retrieve.js';

/** The guide tool's name, as the product uses it. */
export const SEARCH_KNOWLEDGE_TOOL = 'search_knowledge';

/** What `search_knowledge` answers the model: passages to quote, each with its citation. */
export interface SearchKnowledgeResult {
  passages: Array<{ citation: string; text: string }>;
  /** Said when nothing matched, so the model does not invent an answer. */
  note?: string;
}

/** A search over one sidekick's knowledge base: the query and how many passages (the sidekick's retrieval depth). */
export type KnowledgeSearcher = (query: string, limit: number) => Promise<KnowledgePassage[]>;

/** The answer of `search_knowledge` for passages found (see SearchKnowledgeResult). */
export function searchKnowledgeResult(passages: KnowledgePassage[]): SearchKnowledgeResult {
  if (passages.length === 0)
    return { passages: [], note: 'nothing in the knowledge base matches; say so rather than guess' };
  return { passages: passages.map((p) => ({ citation: p.citation, text: p.text })) };
}

/**
 * The guide tool `search_knowledge(query)` for an AI SDK tool set (the seam where chat and voice plug tool sets
 * into a guide session): it searches the sidekick's knowledge base through `search` and answers passages with
 * their citation ("handbook.pdf, p. 4") so the reply can quote and cite them. `depth` is how many passages
 * (default 5). Bind `search` to the tenant and sidekick, e.g.
 * `(q, n) => runtime.knowledge.search(tenantId, sidekickId, q, n)`.
 */
export function searchKnowledgeTool(search: KnowledgeSearcher, depth = 5) {
  return {
    [SEARCH_KNOWLEDGE_TOOL]: tool({
      description:
        "Search the sidekick's knowledge base (its uploaded documents and imported pages). Use it before answering " +
        'a question about their content; quote the passages and cite each as given, e.g. (handbook.pdf, p. 4).',
      inputSchema: z.object({
        query: z.string().min(1).max(1000).describe('what to look for, in the words of the question'),
      }),
      execute: async ({ query }) => searchKnowledgeResult(await search(query, depth)),
    }),
  };
}
