import { describe, expect, it } from 'vitest';
import { answerFromPassages } from '../chat/embedded-answerer.js';
import type { KnowledgePassage } from '../../knowledge/retrieve.js';
import { deterministicScores } from './metrics.js';
import { CONTROL_QUESTION, STARTER_CASES, starterCases, type SourceChunk } from './starter-suite.js';

const chunks: SourceChunk[] = [
  {
    documentId: 'guide',
    title: 'guide.pdf',
    text: [
      'Volcanoes form where tectonic plates diverge or converge beneath the crust.',
      'Basaltic lava flows easily because it contains little silica.',
      'Andesitic eruptions are explosive and build steep stratovolcanoes over centuries.',
      'Short line.',
      'Pyroclastic flows travel downhill at hundreds of kilometres per hour.',
    ].join(' '),
  },
  {
    documentId: 'notes',
    title: 'notes.md',
    text: [
      'Seismographs record tremors that often precede an eruption by several days.',
      'Sulphur dioxide emissions rise when fresh magma approaches the surface.',
    ].join('\n'),
  },
];

function passage(chunk: SourceChunk, rank: number): KnowledgePassage {
  return {
    chunkId: `${chunk.documentId}-0`,
    documentId: chunk.documentId,
    documentTitle: chunk.title,
    sourceUrl: null,
    page: 1,
    ordinal: 0,
    headings: [],
    text: chunk.text,
    citation: chunk.title,
    rank,
  };
}

describe('starterCases', () => {
  it('asks one question per significant sentence, taking the documents in turn, and ends with a control case', () => {
    const cases = starterCases(chunks, 'calm');
    expect(cases).toHaveLength(7);
    expect(cases.map((c) => c.expectedSources[0] ?? null)).toEqual([
      'guide',
      'notes',
      'guide',
      'notes',
      'guide',
      'guide',
      null,
    ]);
    expect(cases.at(-1)).toEqual({
      question: CONTROL_QUESTION,
      expectedFacts: [],
      expectedSources: [],
      expectedTone: 'calm',
    });
    for (const c of cases.slice(0, -1)) {
      expect(c.question).toMatch(/^What can you tell me about .+\?$/);
      expect(c.expectedFacts.length).toBeGreaterThan(0);
      expect(c.expectedTone).toBe('calm');
    }
    expect(cases.some((c) => c.question.includes('short'))).toBe(false);
  });

  it('is deterministic and stops at the starter size', () => {
    const many: SourceChunk[] = Array.from({ length: 30 }, (_, i) => ({
      documentId: `d${i % 3}`,
      title: `d${i % 3}`,
      text: `Topic${i} alpha${i} concerns measurement number ${i} of the survey sample${i} carefully.`,
    }));
    expect(starterCases(many, 't')).toHaveLength(STARTER_CASES);
    expect(starterCases(many, 't')).toEqual(starterCases(many, 't'));
  });

  it('makes questions the embedded answerer answers from the right document, stating the expected facts', () => {
    const passages = chunks.map(passage);
    for (const c of starterCases(chunks, 'calm').slice(0, -1)) {
      const answer = answerFromPassages(c.question, passages);
      const scores = deterministicScores(c, answer);
      expect(scores.citation_recall?.score, c.question).toBe(10);
      expect(scores.fact_recall?.score, c.question).toBe(10);
    }
  });
});
