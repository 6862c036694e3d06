import { describe, expect, it } from 'vitest';
import { htmlToText, sanitiseHtml } from './html-sanitise.js';
import { formatFieldValue } from './index.js';
import { accepted, check, makeField, refused } from './testing.js';

describe('sanitiseHtml', () => {
  it.each([
    ['<p>Hello <b>world</b></p>', '<p>Hello <b>world</b></p>'],
    ['<P CLASS="x" Style="color:red">Hi</P>', '<p>Hi</p>'],
    ['<p onclick="steal()">Hi</p>', '<p>Hi</p>'],
    ['<b onmouseover=alert(1)>x</b>', '<b>x</b>'],
    ['a<script>alert(1)</script>b', 'ab'],
    ['a<script>never closed', 'a'],
    ['<style>p { color: red }</style>text', 'text'],
    ['<iframe src="https://evil.example"></iframe>ok', 'ok'],
    ['<svg onload="alert(1)"><circle/></svg>ok', 'ok'],
    ['<img src=x onerror=alert(1)>caption', 'caption'],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="  JaVaScRiPt:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="jav&#x09;ascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', '<a>x</a>'],
    [
      '<a href="https://example.com/?a=1&amp;b=2" title=\'T "q"\' target="_blank">x</a>',
      '<a href="https://example.com/?a=1&amp;b=2" title="T &quot;q&quot;">x</a>',
    ],
    ['<a href="/relative#frag">x</a>', '<a href="/relative#frag">x</a>'],
    ['<a href="mailto:ann@example.com">mail</a>', '<a href="mailto:ann@example.com">mail</a>'],
    ['<custom-el>kept text</custom-el>', 'kept text'],
    ['1 < 2 && 3 > 2', '1 &lt; 2 &amp;&amp; 3 &gt; 2'],
    ['&lt;script&gt; stays text', '&lt;script&gt; stays text'],
    ['<!-- secret --><p>x</p>', '<p>x</p>'],
    ['<!DOCTYPE html><p>x</p>', '<p>x</p>'],
    ['line<br/>break<hr>', 'line<br />break<hr />'],
  ])('%j → %j', (html, expected) => {
    expect(sanitiseHtml(html)).toBe(expected);
  });

  it('is idempotent on its own output', () => {
    const once = sanitiseHtml('<p onclick=x>a &amp; b <a href="https://x.io?a=1&b=2">l</a> 1 < 2</p>');
    expect(sanitiseHtml(once)).toBe(once);
  });

  it('extracts the visible text', () => {
    expect(htmlToText('<p>Hello&nbsp;<b>there</b></p><p>again</p>')).toBe('Hello there again');
    expect(htmlToText('a &lt; b<script>x</script>')).toBe('a < b');
  });
});

describe('rich_text field', () => {
  const field = makeField('rich_text');

  it.each([
    ['  <p>Hi <script>x()</script><em>you</em></p> ', '<p>Hi <em>you</em></p>'],
    ['plain text', 'plain text'],
  ])('accepts %j', (raw, expected) => {
    expect(check(field, raw)).toEqual(accepted(expected));
  });

  it.each([
    ['<p></p>', 'is empty'],
    ['<script>alert(1)</script>', 'is empty'],
    ['<p> &nbsp; </p>', 'is empty'],
  ])('refuses %j', (raw, message) => {
    expect(check(field, raw)).toEqual(refused(message));
  });

  it('measures rules on the visible text, not the markup', () => {
    const f = makeField('rich_text', { validation: { max_length: 5 } });
    expect(check(f, '<p><strong>Hello</strong></p>')).toEqual(accepted('<p><strong>Hello</strong></p>'));
    expect(check(f, '<p>Hello!</p>')).toEqual(refused('must be at most 5 characters'));
  });

  it('formats as plain text', () => {
    expect(formatFieldValue(field, '<p>Hi <em>you</em></p><p>there</p>')).toBe('Hi you there');
  });
});
