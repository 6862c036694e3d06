import { describe, expect, it } from 'vitest';
import type { FieldType } from '../definition.js';
import { formatFieldValue } from './index.js';
import { accepted, check, makeField, refused } from './testing.js';

describe.each<FieldType>(['text', 'textarea', 'voice_only', 'rich_text'])('%s', (type) => {
  const field = makeField(type);

  it.each([
    ['  hello  ', 'hello'],
    [42, '42'],
    [true, 'true'],
  ])('accepts %j', (raw, expected) => {
    expect(check(field, raw)).toEqual(accepted(expected));
  });

  it.each([
    ['', 'is empty'],
    ['   ', 'is empty'],
    [null, 'is empty'],
    [undefined, 'is empty'],
    [{ a: 1 }, 'must be text'],
    [['a'], 'must be text'],
    [Number.NaN, 'must be text'],
  ])('refuses %j', (raw, message) => {
    expect(check(field, raw)).toEqual(refused(message));
  });

  it('applies length and pattern rules', () => {
    const f = makeField(type, { validation: { min_length: 3, max_length: 5, pattern: '[a-z]+' } });
    expect(check(f, 'ab')).toEqual(refused('must be 3 to 5 characters'));
    expect(check(f, 'abcdef')).toEqual(refused('must be 3 to 5 characters'));
    expect(check(f, 'AB1')).toEqual(refused('is not in the expected format'));
    expect(check(f, 'A')).toEqual(refused('must be 3 to 5 characters; is not in the expected format'));
    expect(check(f, 'abcd')).toEqual(accepted('abcd'));
  });

  it('uses custom_error for any rule failure', () => {
    const f = makeField(type, { validation: { min_length: 3, custom_error: 'needs a few more letters' } });
    expect(check(f, 'ab')).toEqual(refused('needs a few more letters'));
  });
});

describe('type-specific cleaning', () => {
  it.each<[FieldType, string, string]>([
    ['text', 'a\tb', 'a\tb'],
    ['textarea', ' line 1\r\nline 2\rline 3 ', 'line 1\nline 2\nline 3'],
    ['voice_only', '  I would   like\n a  quote ', 'I would like a quote'],
  ])('%s cleans %j', (type, raw, expected) => {
    expect(check(makeField(type), raw)).toEqual(accepted(expected));
  });

  it('formats a text value as itself', () => {
    expect(formatFieldValue(makeField('text'), 'hello')).toBe('hello');
  });
});
