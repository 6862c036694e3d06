import { simulateReadableStream } from 'ai';
import { MockLanguageModelV3 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import type { KnowledgePassage } from '../../knowledge/retrieve.js';
import { llmAnswer } from './llm-answerer.js';
import { assemblePrompt, DEFAULT_TEMPLATES } from './prompt-layers.js';

type StreamPart = Parameters<typeof simulateReadableStream>[0]['chunks'][number];

const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 5, text: 5, reasoning: undefined },
};

function passage(n: number, page: number, text: string): KnowledgePassage {
  return {
    chunkId: `chunk-${n}`,
    documentId: 'doc-1',
    documentTitle: 'handbook.pdf',
    sourceUrl: null,
    page,
    ordinal: n,
    headings: [],
    text,
    citation: `handbook.pdf, p. ${page}`,
    rank: n,
  };
}

/** A model that first calls search_knowledge, then streams its answer word by word. */
function scriptedStreamingModel(answerWords: string[]): MockLanguageModelV3 {
  let call = 0;
  return new MockLanguageModelV3({
    doStream: async () => {
      const chunks: StreamPart[] =
        call++ === 0
          ? [
              {
                type: 'tool-call',
                toolCallId: 'call-1',
                toolName: 'search_knowledge',
                input: JSON.stringify({ query: 'refund period' }),
              },
              { type: 'finish', finishReason: { unified: 'tool-calls', raw: undefined }, usage },
            ]
          : [
              { type: 'text-start', id: 't' },
              ...answerWords.map((delta) => ({ type: 'text-delta' as const, id: 't', delta })),
              { type: 'text-end', id: 't' },
              { type: 'finish', finishReason: { unified: 'stop', raw: undefined }, usage },
            ];
      return { stream: simulateReadableStream({ chunks }) as never };
    },
  });
}

describe('llmAnswer', () => {
  const sidekick = {
    name: 'Handbook Helper',
    personality: 'Friendly and precise.',
    greeting: null,
    citation_style: null,
  };

  it('streams through the AI SDK with the prompt layers, calls search_knowledge and cites the passages it used', async () => {
    const model = scriptedStreamingModel(['You have ', 'thirty days ', 'to return it [2].']);
    const queries: string[] = [];
    const prompt = assemblePrompt(DEFAULT_TEMPLATES, {
      sidekick,
      passages: [],
      question: 'How long for a refund?',
    });
    const stream = llmAnswer({
      model,
      prompt,
      history: [],
      search: async (query) => {
        queries.push(query);
        return [passage(1, 1, 'The office opens at nine.'), passage(2, 2, 'Returns within thirty days.')];
      },
    });
    const deltas: string[] = [];
    for await (const delta of stream.deltas) deltas.push(delta);
    const answer = await stream.answer;

    expect(deltas).toEqual(['You have ', 'thirty days ', 'to return it [2].']);
    expect(queries).toEqual(['refund period']);
    expect(answer.text).toBe('You have thirty days to return it [2].');
    expect(answer.citations).toEqual([
      {
        document_id: 'doc-1',
        title: 'handbook.pdf',
        page: 2,
        quote: 'Returns within thirty days.',
        chunk_id: 'chunk-2',
      },
    ]);
    const firstCall = model.doStreamCalls[0]!;
    expect(firstCall.prompt[0]).toMatchObject({ role: 'system' });
    expect(JSON.stringify(firstCall.prompt[0])).toContain('You are Handbook Helper. Friendly and precise.');
    expect(firstCall.tools?.map((t) => t.name)).toEqual(['search_knowledge']);
    // The second call sees the tool's numbered passages.
    expect(JSON.stringify(model.doStreamCalls[1]!.prompt)).toContain('Returns within thirty days.');
  });

  it('cites every passage the tool returned when the answer cites none by number', async () => {
    const model = scriptedStreamingModel(['Thirty days.']);
    const stream = llmAnswer({
      model,
      prompt: { system: 's', user: 'q' },
      history: [],
      search: async () => [passage(1, 2, 'Returns within thirty days.')],
    });
    for await (const _ of stream.deltas) void _;
    expect((await stream.answer).citations.map((c) => c.page)).toEqual([2]);
  });
});
