import { describe, expect, it } from 'vitest';
import { accepted, check, makeField, refused } from './testing.js';

describe('url', () => {
  const field = makeField('url');

  it.each([
    ['https://example.com', 'https://example.com/'],
    ['example.com/x', 'https://example.com/x'],
    ['  www.Example.COM/Path?q=1#top ', 'https://www.example.com/Path?q=1#top'],
    ['HTTP://example.com', 'http://example.com/'],
    ['//cdn.example.com/a.js', 'https://cdn.example.com/a.js'],
    ['example.com:8080/x', 'https://example.com:8080/x'],
    ['http://localhost:3000', 'http://localhost:3000/'],
    ['http://127.0.0.1/admin', 'http://127.0.0.1/admin'],
    ['<https://example.com/a>', 'https://example.com/a'],
    ['münchen.de', 'https://xn--mnchen-3ya.de/'],
  ])('accepts %j', (raw, expected) => {
    expect(check(field, raw)).toEqual(accepted(expected));
  });

  it.each([
    ['', 'is empty'],
    [null, 'is empty'],
    ['hello', 'is not a valid web address'],
    ['my site.com', 'is not a valid web address'],
    ['https://', 'is not a valid web address'],
    ['https://example.c', 'is not a valid web address'],
    ['example..com', 'is not a valid web address'],
    [123, 'is not a valid web address'],
    ['javascript:alert(1)', 'must be a web address starting with http:// or https://'],
    ['mailto:ann@example.com', 'must be a web address starting with http:// or https://'],
    ['ftp://example.com/file', 'must be a web address starting with http:// or https://'],
  ])('refuses %j', (raw, message) => {
    expect(check(field, raw)).toEqual(refused(message));
  });

  it('applies max_length to the canonical URL', () => {
    const f = makeField('url', { validation: { max_length: 20 } });
    expect(check(f, 'example.com')).toEqual(accepted('https://example.com/'));
    expect(check(f, 'example.com/long/path')).toEqual(refused('must be at most 20 characters'));
  });
});
