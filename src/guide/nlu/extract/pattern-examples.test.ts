import { describe, expect, it } from 'vitest';
import { field } from './test-helpers.js';
import { codeShape, codeValue, exampleShapedSpans, patternExamples } from './pattern-examples.js';

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

  const CARD = '^[A-Za-z0-9]{5,10}$';
  const card = (description: string, hints: string[] = []) =>
    field('licence', 'text', { description, extraction_hints: hints, validation: { pattern: CARD } });
  it.each<[ReturnType<typeof field>, string[]]>([
    // digits alone right after an example cue are an example
    [card('', ['a code of letters and digits such as 12345678 or S12345']), ['12345678', 'S12345']],
    [card('The number on the card, e.g. 30917452'), ['30917452']],
    [card('', ['like 004417, or X12345']), ['004417', 'X12345']],
    [card('', ['S12345 or 12345678']), ['S12345', '12345678']],
    // GUARD: digits with no cue are a count, a year or a price, no example
    [card('Up to 10 characters, issued since 20190'), []],
    [card('5 to 10 letters and digits, no spaces; costs 25000 to replace'), []],
    [card('', ['or 12345678']), []],
  ])('digits alone: %#', (f, examples) => expect(patternExamples(f)).toEqual(examples));
});

describe('codeValue', () => {
  it.each<[string, string | null]>([
    ['30917452', '30917452'],
    ['S12345', 'S12345'],
    ['2019 4473', '20194473'],
    // GUARD: three groups are a phone number, hyphens a date; too long or too short fits nothing
    ['0401 552 839', null],
    ['12-12-2003', null],
    ['1234 5678 90', null],
    ['12 345', null],
  ])('%j → %j', (span, value) => expect(codeValue(span, '^[A-Za-z0-9]{5,10}$')).toBe(value));
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

  const digits = (utterance: string) =>
    exampleShapedSpans(utterance, '^[A-Za-z0-9]{5,10}$', ['12345678', 'S12345']).map(([a, b]) =>
      utterance.slice(a, b),
    );
  it.each<[string, string[]]>([
    ['NSW licence, number 30917452', ['30917452']],
    ['his learner licence number is 2019 4473, from NSW', ['2019 4473']],
    ['SA, her number is DX4471', ['DX4471']],
    // two groups of a phone said in three are listed; `patternSpans` drops such parts of a longer number
    ['0401 552 839', ['0401 552', '552 839']],
    // GUARD: a date with hyphens, short numbers
    ['12-12-2003', []],
    ['about 60 hours, since 2019', []],
  ])('digit examples: %j', (utterance, found) => expect(digits(utterance)).toEqual(found));
});
