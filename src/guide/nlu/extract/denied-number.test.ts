import { describe, expect, it } from 'vitest';
import { extractAll } from './all.js';
import { extractForField } from './for-field.js';
import { ctx, field } from './test-helpers.js';

const guests = field('guest_count', 'number', { label: 'Number of guests' });
const start = field('start_time', 'time', { label: 'Start time' });
const fields = [start, guests];

describe('extractAll: a number the words deny is no value', () => {
  it.each<[string, number | undefined]>([
    ['sorry 5pm, not 4', undefined],
    ['make it 7pm instead of 6.', undefined],
    ['60 people, not 40', 60],
    ['we are 12 people rather than 10', 12],
    ['about 40 guests, not sure yet', 40],
    ['not more than 40 guests', 40],
  ])('%s → guests %s', (text, count) => {
    const found = extractAll(text, fields, ctx);
    expect(found.find((c) => c.field === 'guest_count')?.value).toBe(count);
  });
});

describe('extractForField: the asked number is not the denied one', () => {
  it.each<[string, number | null]>([
    ['sorry 5pm, not 4', null],
    ['60, not 40', 60],
    ['forty, not fifty', 40],
    ['12', 12],
  ])('%s → %s', (text, count) => {
    expect(extractForField(text, guests, ctx)?.value ?? null).toBe(count);
  });
});
