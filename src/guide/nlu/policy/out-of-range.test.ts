import { describe, expect, it } from 'vitest';
import { FieldSchema } from '../../../core/wizard/definition.js';
import { outOfRangeStray } from './out-of-range.js';
import type { Candidate } from './plan.js';

const score = FieldSchema.parse({
  name: 'score',
  label: 'Score',
  type: 'number',
  validation: { min: 1, max: 5 },
});
const rooms = FieldSchema.parse({ name: 'rooms', label: 'Rooms', type: 'number' });
const fields = [score, rooms];
const said = (field: string, value: unknown): Candidate => ({
  field,
  value,
  confidence: 0.9,
  extractor: 'x',
});

describe('outOfRangeStray', () => {
  it.each<[string, Candidate, boolean]>([
    ['above the max of a field not asked', said('score', 11), true],
    ['below the min of a field not asked', said('score', 0), true],
    ['inside the bounds', said('score', 4), false],
    ['a field with no bounds', said('rooms', 40), false],
    ['not a number', said('score', 'eleven'), false],
  ])('%s', (_, c, expected) => expect(outOfRangeStray(c, fields, [rooms])).toBe(expected));
  it('keeps the asked field’s own answer, to be refused with a reason', () =>
    expect(outOfRangeStray(said('score', 11), fields, [score])).toBe(false));
});
