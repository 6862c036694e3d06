import { describe, expect, it } from 'vitest';
import { scaleScore } from './scale-score.js';
import { numberAnswer } from './number-answer.js';
import type { Field } from '../../../core/wizard/definition.js';

const painField: Field = {
  name: 'discomfort',
  label: 'Discomfort (0-10)',
  type: 'number',
  required: true,
  validation: { min: 0, max: 10 },
} as Field;
const countField: Field = { name: 'rooms', label: 'Rooms', type: 'number', required: true } as Field;

describe('scaleScore', () => {
  it.each([
    ['honestly about six out of ten', 6],
    ['7/10', 7],
    ['a solid 4 outta 5', 4],
    ['maybe 2 from 10 on a bad day', 2],
    ['8 of 10, it keeps me awake', 8],
    ['zero out of ten thankfully', 0],
    ['ninety out of a hundred', 90],
  ])('%s → %d', (u, n) => expect(scaleScore(u)?.value).toBe(n));
  it.each([
    '12/11/98',
    'born 3/4/1990',
    'two of them are upstairs',
    '3 of 7 lines',
    'two of three kids',
    'eleven out of ten',
    'he is 5 and she is 10',
  ])('%s → nothing', (u) => expect(scaleScore(u)).toBeNull());
  it('takes a scale top the field names', () => expect(scaleScore('about 9 out of 12', 12)?.value).toBe(9));
});

describe('numberAnswer with a score against its scale', () => {
  it.each([
    ["I'd put it at three out of ten, it comes and goes", 3],
    ['5/10 most days', 5],
    ['one from ten, barely there', 1],
  ])('%s → %d', (u, n) => expect(numberAnswer(u, painField)?.value).toBe(n));
  it.each([
    ['3 bedrooms and 2 bathrooms', 3],
    ['about four', 4],
  ])('%s → %d (no scale: unchanged)', (u, n) => expect(numberAnswer(u, countField)?.value).toBe(n));
});
