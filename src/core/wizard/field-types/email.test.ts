import { describe, expect, it } from 'vitest';
import { accepted, check, makeField, refused } from './testing.js';

describe('email', () => {
  const field = makeField('email');

  it.each([
    ['ann@example.com', 'ann@example.com'],
    ['  Ann.Lee@Example.COM ', 'Ann.Lee@example.com'],
    ['<ann@example.com>', 'ann@example.com'],
    ['mailto:ann@example.com', 'ann@example.com'],
    ['MAILTO:ann@example.com?subject=Hello', 'ann@example.com'],
    ['first+tag@sub.example.co.uk', 'first+tag@sub.example.co.uk'],
    ["o'brien@example.ie", "o'brien@example.ie"],
  ])('accepts %j', (raw, expected) => {
    expect(check(field, raw)).toEqual(accepted(expected));
  });

  it.each([
    ['', 'is empty'],
    [null, 'is empty'],
    ['mailto:', 'is empty'],
    ['ann', 'is not a valid email address'],
    ['ann@', 'is not a valid email address'],
    ['ann@example', 'is not a valid email address'],
    ['ann@example.c', 'is not a valid email address'],
    ['ann @example.com', 'is not a valid email address'],
    ['ann@@example.com', 'is not a valid email address'],
    ['.ann@example.com', 'is not a valid email address'],
    ['an..n@example.com', 'is not a valid email address'],
    ['ann@-example.com', 'is not a valid email address'],
    ['john at example dot com', 'is not a valid email address'],
    [42, 'is not a valid email address'],
  ])('refuses %j', (raw, message) => {
    expect(check(field, raw)).toEqual(refused(message));
  });

  it('applies pattern and custom_error', () => {
    const f = makeField('email', {
      validation: { pattern: '.+@acme\\.com', custom_error: 'must be an acme.com address' },
    });
    expect(check(f, 'bob@ACME.com')).toEqual(accepted('bob@acme.com'));
    expect(check(f, 'bob@gmail.com')).toEqual(refused('must be an acme.com address'));
  });
});
