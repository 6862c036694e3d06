import { describe, expect, it } from 'vitest';
import { field } from './test-helpers.js';
import { codeShape, exampleShapedSpans, patternExamples } from './pattern-examples.js';

const LOOSE = '^[A-Za-z0-9]{1,4}[ -]?[A-Za-z0-9]{1,4}[ -]?[A-Za-z0-9]{0,6}$';
const loose = (description: string, hints: string[] = []) =>
  field('plate', 'text', { description, extraction_hints: hints, validation: { pattern: LOOSE } });

describe('codeShape', () => {
  it.each<[string, string]>([
    ['KX19 LMF', 'A9_A'],
    ['ab17 wzt', 'A9_A'],
    ['191-D-12345', '9_A_9'],
    ['191 D 12345', '9_A_9'],
    ['Hj7K2mPq', 'A9A9A'],
    ['30k', '9A'],
  ])('%j → %j', (code, shape) => expect(codeShape(code)).toBe(shape));
});

describe('patternExamples', () => {
  it.each<[ReturnType<typeof field>, string[]]>([
    [loose('The number plate, UK (e.g. KX19 LMF) or Irish (e.g. 191-D-12345)'), ['KX19 LMF', '191-D-12345']],
    [loose('', ['a number plate such as KX19 LMF or 191-D-12345']), ['KX19 LMF', '191-D-12345']],
    [loose('Your ticket, e.g. TK-4821.'), ['TK-4821']],
    // words in capitals with no digit, digits alone, or lower-case words are no example
    [loose('Your UK plate'), []],
    [loose('8 letters and numbers'), []],
    [loose('Registration as shown on the V5C document'), ['V5C']],
    [field('plate', 'text', { description: 'e.g. KX19 LMF' }), []],
  ])('%#', (f, examples) => expect(patternExamples(f)).toEqual(examples));
});

describe('exampleShapedSpans', () => {
  const spans = (utterance: string) =>
    exampleShapedSpans(utterance, LOOSE, ['KX19 LMF', '191-D-12345']).map(([a, b]) => utterance.slice(a, b));
  it.each<[string, string[]]>([
    ['reg KX19 LMF, about 48,000 miles', ['KX19 LMF']],
    ['its a vw polo reg ab17 wzt', ['ab17 wzt']],
    ['191-D-40772', ['191-D-40772']],
    ['Fiesta, reg BD65 KTN... sorry BD65 KTM', ['BD65 KTN', 'BD65 KTM']],
    // GUARD: a model name with a digit, an amount, a time and plain words have no example's shape
    ['my Hyundai i20, about 30k, at 8am', []],
    ['Fiesta', []],
    ['A3 Sportback', []],
  ])('%j', (utterance, found) => expect(spans(utterance)).toEqual(found));
});
