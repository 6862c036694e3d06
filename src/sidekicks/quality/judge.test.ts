import { MockLanguageModelV3 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { DEFAULT_JUDGE_TEMPLATE, judgeAnswer, type JudgeInput } from './judge.js';

const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 5, text: 5, reasoning: undefined },
};

/** A model that answers `text` to every call. */
function answering(text: string): MockLanguageModelV3 {
  return new MockLanguageModelV3({
    doGenerate: async () => ({
      content: [{ type: 'text', text }],
      finishReason: { unified: 'stop', raw: undefined },
      usage,
      warnings: [],
    }),
  });
}

const input: JudgeInput = {
  sidekick: { name: 'Handbook Helper' },
  question: 'How long do I have to return a product?',
  expectedFacts: ['thirty days'],
  expectedTone: 'friendly',
  answer: 'You have thirty days [1].',
  citations: [
    {
      document_id: 'd1',
      title: 'handbook.pdf',
      page: 2,
      quote: 'Returns within thirty days.',
      chunk_id: 'c',
    },
  ],
};

const verdict = {
  accuracy: { score: 9, reason: 'states the thirty days' },
  relevance: { score: 10, reason: 'answers the question' },
  tone: { score: 7, reason: 'neutral rather than friendly' },
  citations: { score: 8, reason: 'cites the refund passage' },
};

describe('judgeAnswer', () => {
  it('scores accuracy, relevance, tone and citations through structured output, prompted by the judge layer', async () => {
    const model = answering(JSON.stringify(verdict));
    const result = await judgeAnswer(model, DEFAULT_JUDGE_TEMPLATE, input);

    expect(result).toEqual({ scores: verdict });
    const call = model.doGenerateCalls[0]!;
    expect(call.responseFormat).toMatchObject({ type: 'json', name: 'verdict' });
    const prompt = JSON.stringify(call.prompt);
    expect(prompt).toContain('How long do I have to return a product?');
    expect(prompt).toContain('Facts a good answer states: thirty days');
    expect(prompt).toContain('[1] handbook.pdf, p. 2: Returns within thirty days.');
  });

  it('renders a versioned judge template of its own', async () => {
    const model = answering(JSON.stringify(verdict));
    await judgeAnswer(model, 'Strictly judge: {{ answer }} (tone wanted: {{ expected_tone }})', input);
    expect(JSON.stringify(model.doGenerateCalls[0]!.prompt)).toContain(
      'Strictly judge: You have thirty days [1]. (tone wanted: friendly)',
    );
  });

  it.each([
    ['prose', 'The answer looks fine to me, 8/10.'],
    ['a score out of range', JSON.stringify({ ...verdict, tone: { score: 42, reason: 'x' } })],
    ['a missing criterion', JSON.stringify({ accuracy: verdict.accuracy })],
  ])('answers an error, not a throw, when the judge answers garbage (%s)', async (_, text) => {
    const result = await judgeAnswer(answering(text), DEFAULT_JUDGE_TEMPLATE, input);
    expect(result).toMatchObject({ error: expect.stringMatching(/^the judge's verdict was unusable: /) });
  });

  it('answers an error when the model call fails', async () => {
    const model = new MockLanguageModelV3({
      doGenerate: async () => {
        throw new Error('rate limited');
      },
    });
    const result = await judgeAnswer(model, DEFAULT_JUDGE_TEMPLATE, input);
    expect(result).toMatchObject({ error: expect.stringContaining('rate limited') });
  });
});
