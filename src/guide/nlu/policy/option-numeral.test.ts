import { describe, expect, it } from 'vitest';
import { defaultNlu } from '../nlu.js';
import { field } from '../extract/test-helpers.js';
import { extractAnswer } from './answers.js';
import { isNumberOfOption } from './option-numeral.js';

const ctx = { referenceDate: new Date(2026, 11, 7, 12), defaultRegion: 'AU' };
const bedrooms = field('bedrooms', 'number', { label: 'Bedrooms' });
const frequency = field('frequency', 'single_select', {
  label: 'How often',
  opts: [
    ['one-off', 'One-off'],
    ['weekly', 'Weekly'],
  ],
});
frequency.options![0]!.synonyms = ['once', 'just once', 'one time'];
const rooms = field('rooms', 'single_select', {
  label: 'Room count',
  opts: [
    ['2', '2'],
    ['3', '3'],
  ],
});
const fields = [bedrooms, frequency, rooms];

const answer = (text: string) =>
  Object.fromEntries(extractAnswer(defaultNlu, text, [bedrooms], fields, ctx).map((c) => [c.field, c.value]));

describe("a number read inside another field's option words", () => {
  it.each<[string, Record<string, unknown>]>([
    ['one-off', { frequency: 'one-off' }],
    ['just the once obviously, we are moving out', { frequency: 'one-off' }],
    // guards: a count said beside the option keeps its number; a plain number answers the asked count
    ['one-off, and 3 bedrooms', { frequency: 'one-off', bedrooms: 3 }],
    ['3', { bedrooms: 3 }],
    ['two', { bedrooms: 2 }],
  ])('asked the bedrooms, %s → %j', (text, expected) => expect(answer(text)).toMatchObject(expected));

  it('"one-off" asked the bedrooms gives no bedrooms', () =>
    expect(answer('one-off').bedrooms).toBeUndefined());

  it.each<[string, string, boolean]>([
    ['one-', 'one-off', true],
    ['once', 'once', true],
    // guard: an option whose words are only a numeral is a number said
    ['3', '3', false],
    ['three', 'three', false],
  ])('number %s inside option words %s → %s', (span, optionSpan, expected) =>
    expect(
      isNumberOfOption(
        { field: 'bedrooms', value: 1, span, confidence: 0.9, extractor: 'number' },
        bedrooms,
        [
          {
            field: 'frequency',
            value: 'x',
            span: optionSpan,
            confidence: 0.88,
            extractor: 'verbatim-option',
          },
        ],
      ),
    ).toBe(expected),
  );
});
