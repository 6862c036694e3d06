import { describe, expect, it } from 'vitest';
import type { KnowledgePassage } from '../../src/knowledge/retrieve.js';
import { searchKnowledgeTool } from '../../src/knowledge/search-tool.js';

const passage: KnowledgePassage = {
  chunkId: 'c1',
  documentId: 'd1',
  documentTitle: 'handbook.pdf',
  sourceUrl: null,
  page: 4,
  ordinal: 7,
  headings: [],
  text: 'Refunds are granted within thirty days.',
  citation: 'handbook.pdf, p. 4',
  rank: 1,
};

describe('search_knowledge tool', () => {
  it('searches with the given depth and answers passages with their citations', async () => {
    const calls: Array<[string, number]> = [];
    const tools = searchKnowledgeTool(async (query, limit) => {
      calls.push([query, limit]);
      return [passage];
    }, 3);
    const result = await tools.search_knowledge.execute!(
      { query: 'refund period' },
      { toolCallId: 't', messages: [] },
    );
    expect(calls).toEqual([['refund period', 3]]);
    expect(result).toEqual({
      passages: [{ citation: 'handbook.pdf, p. 4', text: 'Refunds are granted within thirty days.' }],
    });
  });

  it('tells the model when nothing matched', async () => {
    const tools = searchKnowledgeTool(async () => []);
    const result = await tools.search_knowledge.execute!(
      { query: 'moon' },
      { toolCallId: 't', messages: [] },
    );
    expect(result).toMatchObject({ passages: [], note: expect.stringMatching(/nothing/) });
  });
});
