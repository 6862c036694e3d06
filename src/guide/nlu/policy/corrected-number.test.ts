import { describe, expect, it } from 'vitest';
import { correctedNumberField } from './corrected-number.js';
import type { Candidate } from './plan.js';

const c = (field: string, value: unknown, span: string): Candidate => ({
  field,
  value,
  confidence: 0.8,
  extractor: 'x',
  span,
});

describe('correctedNumberField', () => {
  const head = "he's 4, weighs about 1.1 kilos, no wait, ";
  const before = [c('pet_age', 4, '4'), c('weight', 1.1, '1.1 kilos'), c('weight_unit', 'kg', 'kilos')];
  it.each<[string, string, Candidate[], string | undefined]>([
    [head, '1.2, he was weighed last week', before, 'weight'],
    [head, '1.2', before, 'weight'],
    [head, 'about 1.2.', before, 'weight'],
    [
      '2 kids and 3 adults, no wait, ',
      'four',
      [c('kids', 2, '2 kids'), c('adults', 3, '3 adults')],
      'adults',
    ],
    // guards: a number with its noun names its own field; no number before; words before the number
    [
      '2 kids and 3 adults, no wait, ',
      '4 kids',
      [c('kids', 2, '2 kids'), c('adults', 3, '3 adults')],
      undefined,
    ],
    ['Bob Smith, no wait, ', '12', [c('name', 'Bob Smith', 'Bob Smith')], undefined],
    [head, 'make it the 12th', before, undefined],
    [head, 'she is 1.2', before, undefined],
  ])('%s|%s', (h, tail, b, field) => expect(correctedNumberField(h, tail, b)).toBe(field));
});
