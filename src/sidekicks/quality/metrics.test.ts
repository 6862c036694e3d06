import { describe, expect, it } from 'vitest';
import { UNKNOWN_ANSWER, type Answer } from '../chat/embedded-answerer.js';
import { deterministicScores, statesFact } from './metrics.js';

const cite = (document_id: string) => ({
  document_id,
  title: document_id,
  page: 1,
  quote: 'q',
  chunk_id: 'c',
});
const answer = (text: string, documents: string[] = [], unknown = false): Answer => ({
  text,
  citations: documents.map(cite),
  unknown,
});

describe('deterministicScores', () => {
  it('scores fact recall, citation precision and recall, refusal and length on 0–10', () => {
    const scores = deterministicScores(
      { expectedFacts: ['thirty days', 'full refund', 'store credit'], expectedSources: ['a', 'b'] },
      answer('Customers may return products within thirty days for a full refund [1] [2].', ['a', 'c']),
    );
    expect(scores).toEqual({
      fact_recall: { score: 6.7, reason: 'missing: "store credit"' },
      citation_precision: { score: 5, reason: '1 of 2 cited documents are expected sources' },
      citation_recall: { score: 5, reason: 'cites 1 of 2 expected sources' },
      refusal: { score: 10, reason: 'answers' },
      length: { score: 10, reason: '13 words (5–250 score full marks)' },
    });
  });

  it('rewards refusing when nothing is known, and only then', () => {
    const nothing = { expectedFacts: [], expectedSources: [] };
    expect(deterministicScores(nothing, answer(UNKNOWN_ANSWER, [], true)).refusal?.score).toBe(10);
    expect(deterministicScores(nothing, answer('The numbers are 4 8 15 16 23 42.')).refusal).toEqual({
      score: 0,
      reason: 'answers although nothing is known',
    });
    const known = { expectedFacts: ['nine'], expectedSources: ['a'] };
    expect(deterministicScores(known, answer("I don't know.")).refusal?.score).toBe(0);
    expect(deterministicScores(nothing, answer(UNKNOWN_ANSWER, [], true))).not.toHaveProperty('fact_recall');
  });

  it('gives no citation precision to an answer that cites nothing, and marks short answers down', () => {
    const scores = deterministicScores(
      { expectedFacts: ['nine'], expectedSources: ['a'] },
      answer('At nine.'),
    );
    expect(scores.citation_precision).toEqual({ score: 0, reason: 'cites nothing' });
    expect(scores.length?.score).toBe(4);
  });
});

describe('statesFact', () => {
  it('matches a fact by its content words, in any inflection', () => {
    expect(statesFact('Returns are refunded within 30 days.', 'return refund')).toBe(true);
    expect(statesFact('Returns are refunded.', '30 days')).toBe(false);
  });
});
