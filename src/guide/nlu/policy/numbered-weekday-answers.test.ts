import { describe, expect, it } from 'vitest';
import { defaultNlu } from '../nlu.js';
import { ctx, field } from '../extract/test-helpers.js';
import { extractAnswer } from './answers.js';

const age = field('age', 'number', { label: 'Age' });
const grade = field('grade', 'single_select', {
  label: 'Grade',
  opts: [
    ['k', 'Kindergarten'],
    ...Array.from({ length: 12 }, (_, i): [string, string] => [`g${i + 1}`, `Grade ${i + 1}`]),
  ],
});
const days = field('days', 'multi_select', {
  label: 'Available days',
  opts: [
    ['mon', 'Mon'],
    ['tue', 'Tue'],
    ['wed', 'Wed'],
    ['thu', 'Thu'],
    ['fri', 'Fri'],
    ['sat', 'Sat'],
    ['sun', 'Sun'],
  ],
});

const read = (u: string, asked: ReturnType<typeof field>[]) =>
  Object.fromEntries(extractAnswer(defaultNlu, u, asked, asked, ctx).map((c) => [c.field, c.value]));

describe('extractAnswer: a grade said as a number, with an age or the days beside it', () => {
  it.each<[string, ReturnType<typeof field>[], Record<string, unknown>]>([
    ['she is 9 and in fourth grade', [age, grade], { age: 9, grade: 'g4' }],
    ["he's 14, ninth grade", [age, grade], { age: 14, grade: 'g9' }],
    ["she's 9", [age, grade], { age: 9 }],
    ['she is 9', [grade], {}],
    ['fifth grade, and free tuesdays and thursdays', [grade, days], { grade: 'g5', days: ['tue', 'thu'] }],
    [
      'grade ten, any day but sunday',
      [grade, days],
      { grade: 'g10', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] },
    ],
  ])('%s', (u, asked, want) => {
    expect(read(u, asked)).toEqual(want);
  });
});
