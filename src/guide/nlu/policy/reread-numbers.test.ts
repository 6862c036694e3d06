import { describe, expect, it } from 'vitest';
import { defaultNlu } from '../nlu.js';
import { ctx, field } from '../extract/test-helpers.js';
import type { Candidate } from './plan.js';
import { correctedTail, rereadNumbers } from './corrections.js';

const fields = [
  field('mileage', 'number', { label: 'Mileage', validation: { min: 0, max: 500000 } }),
  field('years_experience', 'number', { label: 'Years of experience' }),
  field('party_size', 'number', { label: 'Party size' }),
  field('time', 'time'),
];
const reread = (name: string, text: string) =>
  defaultNlu.extractForField(
    text,
    fields.find((f) => f.name === name)!,
    ctx,
  );
const said = (f: string, value: number, span: string): Candidate => ({
  field: f,
  value,
  span,
  confidence: 0.8,
  extractor: 'number-noun',
});

describe('rereadNumbers', () => {
  it.each<[string, Candidate, Candidate[], number | null]>([
    [
      'about 34,000 miles. no wait, its 43,000, i read the dial wrong',
      said('mileage', 34000, '34,000 miles'),
      [],
      43000,
    ],
    [
      'seven years. no wait, six, I keep counting my co-op term',
      said('years_experience', 7, 'seven years'),
      [],
      6,
    ],
    [
      'for 3 at 7pm, no wait, make that 8pm',
      said('party_size', 3, '3'),
      [{ field: 'time', value: '20:00', span: '8pm', confidence: 0.9, extractor: 'chrono' }],
      null,
    ],
  ])('%s → %s', (utterance, head, fixed, expected) => {
    const tail = correctedTail(utterance)!;
    const got = rereadNumbers([head], tail, fixed, reread);
    expect(got[0]?.value ?? null).toBe(expected);
  });
});
