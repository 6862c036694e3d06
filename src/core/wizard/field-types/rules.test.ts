import { describe, expect, it } from 'vitest';
import {
  countRules,
  isBlank,
  lengthRules,
  matchesPattern,
  patternRule,
  rangeRules,
  withCustomError,
} from './rules.js';
import { makeField } from './testing.js';

describe('lengthRules', () => {
  it.each([
    ['ab', { min_length: 3 }, ['must be at least 3 characters']],
    ['abc', { min_length: 3 }, []],
    ['abcd', { max_length: 3 }, ['must be at most 3 characters']],
    ['a', { max_length: 1 }, []],
    ['', { min_length: 1 }, ['must be at least 1 character']],
    ['ab', { min_length: 3, max_length: 10 }, ['must be 3 to 10 characters']],
    ['ab', { min_length: 3, max_length: 3 }, ['must be exactly 3 characters']],
    ['😀😀', { max_length: 2 }, []],
    ['anything', undefined, []],
  ])('%j with %j', (value, validation, expected) => {
    expect(lengthRules(value, validation)).toEqual(expected);
  });
});

describe('patternRule', () => {
  it.each([
    ['ABC-123', '[A-Z]{3}-\\d{3}', []],
    ['xABC-123', '[A-Z]{3}-\\d{3}', ['is not in the expected format']],
    ['ABC-1234', '[A-Z]{3}-\\d{3}', ['is not in the expected format']],
    ['a', 'a|b', []],
    ['ab', 'a|b', ['is not in the expected format']],
    ['anything', '([unclosed', ['is not in the expected format']],
  ])('%j against /%s/', (value, pattern, expected) => {
    expect(patternRule(value, { pattern })).toEqual(expected);
  });

  it('treats an invalid pattern as not matching, every time', () => {
    expect(matchesPattern('x', '(')).toBe(false);
    expect(matchesPattern('x', '(')).toBe(false);
  });
});

describe('rangeRules and countRules', () => {
  it.each([
    [0, { min: 1, max: 5 }, ['must be 1 to 5']],
    [6, { min: 1, max: 5 }, ['must be 1 to 5']],
    [3, { min: 1, max: 5 }, []],
    [-1, { min: 0 }, ['must be at least 0']],
    [10.5, { max: 10 }, ['must be at most 10']],
    [0.2, { min: 0.1 + 0.2 }, ['must be at least 0.3']],
  ])('range %j with %j', (value, validation, expected) => {
    expect(rangeRules(value, validation)).toEqual(expected);
  });

  it.each([
    [1, { min: 2 }, ['must have at least 2 choices']],
    [4, { max: 3 }, ['must have at most 3 choices']],
    [2, { max: 1 }, ['must have at most 1 choice']],
    [0, { min: 1, max: 3 }, ['must have 1 to 3 choices']],
    [2, { min: 1, max: 3 }, []],
  ])('count %j with %j', (count, validation, expected) => {
    expect(countRules(count, validation)).toEqual(expected);
  });
});

describe('withCustomError', () => {
  it('replaces every failure with custom_error, and passes success through', () => {
    const field = makeField('text', { validation: { custom_error: 'must be your work email' } });
    expect(withCustomError(['a', 'b'], field)).toEqual(['must be your work email']);
    expect(withCustomError([], field)).toEqual([]);
  });

  it('deduplicates without custom_error', () => {
    expect(withCustomError(['a', 'a', 'b'], makeField('text'))).toEqual(['a', 'b']);
  });
});

describe('isBlank', () => {
  it.each([
    [undefined, true],
    [null, true],
    ['  ', true],
    [[], true],
    [0, false],
    [false, false],
    ['x', false],
  ])('%j → %j', (raw, expected) => {
    expect(isBlank(raw)).toBe(expected);
  });
});
