import { describe, expect, it } from 'vitest';
import { chunkSections } from '../../src/knowledge/chunk.js';
import { reciprocalRankFusion } from '../../src/knowledge/fusion.js';
import { DocumentParseError, detectFormat, parseDocument } from '../../src/knowledge/parse/index.js';
import { makeDocx, makeDocxBomb, makeEncryptedPdf, makePdf } from './fixtures.js';

const text = (s: string) => Buffer.from(s, 'utf8');

describe('parsing documents', () => {
  it('reads a PDF page by page, with its title', async () => {
    const parsed = await parseDocument(
      'pdf',
      await makePdf(['Welcome to the handbook.', 'Refunds are granted within 30 days.'], 'Handbook'),
    );
    expect(parsed).toMatchObject({ title: 'Handbook', pageCount: 2 });
    expect(parsed.sections.map((s) => [s.page, s.text])).toEqual([
      [1, 'Welcome to the handbook.'],
      [2, 'Refunds are granted within 30 days.'],
    ]);
  });

  it('refuses an encrypted PDF and a corrupt one with reasons people understand', async () => {
    await expect(parseDocument('pdf', await makeEncryptedPdf())).rejects.toThrow(/encrypted with a password/);
    await expect(parseDocument('pdf', text('%PDF-1.7\nnot really'))).rejects.toThrow(/PDF could not be read/);
  });

  it('reads a DOCX with its headings and refuses a DOCX zip bomb before unpacking it', async () => {
    const parsed = await parseDocument(
      'docx',
      await makeDocx([
        { heading: 1, text: 'Guide' },
        'Intro.',
        { heading: 2, text: 'Refunds' },
        'Within 30 days.',
      ]),
    );
    expect(parsed.title).toBe('Guide');
    expect(parsed.sections).toEqual([
      { page: null, headings: ['Guide'], text: 'Intro.' },
      { page: null, headings: ['Guide', 'Refunds'], text: 'Within 30 days.' },
    ]);
    const bomb = await makeDocxBomb();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(parseDocument('docx', bomb)).rejects.toThrow(/ZIP bomb/);
    await expect(parseDocument('docx', text('not a zip'))).rejects.toThrow(DocumentParseError);
  });

  it('reads Markdown headings, inline markup as text', async () => {
    const parsed = await parseDocument(
      'markdown',
      text('# Handbook\n\nHello **there**.\n\n## Refunds\n\n- within [30 days](x)\n'),
    );
    expect(parsed.title).toBe('Handbook');
    expect(parsed.sections).toEqual([
      { page: null, headings: ['Handbook'], text: 'Hello there.' },
      { page: null, headings: ['Handbook', 'Refunds'], text: 'within 30 days' },
    ]);
  });

  it("reads an HTML page's main text without its navigation", async () => {
    const html = `<html><head><title>Shipping | Shop</title></head><body><nav><a href="/">Home</a> <a href="/a">About us</a></nav>
      <article><h1>Shipping</h1>${'<p>We ship every parcel within two working days of the order, anywhere in Europe, by tracked post.</p>'.repeat(5)}
      <h2>Returns</h2><p>Returns are free for thirty days after delivery, in the original packaging, with the receipt.</p></article>
      <footer>© Shop</footer></body></html>`;
    const parsed = await parseDocument('html', text(html));
    const all = parsed.sections.map((s) => s.text).join(' ');
    expect(all).toContain('We ship every parcel');
    expect(all).toContain('Returns are free');
    expect(all).not.toContain('About us');
    expect(parsed.sections.at(-1)!.headings.at(-1)).toBe('Returns');
  });

  it('refuses empty files and files without text', async () => {
    await expect(parseDocument('text', Buffer.alloc(0))).rejects.toThrow('the file is empty');
    await expect(parseDocument('text', text('  \n\n '))).rejects.toThrow('the document has no text');
  });

  it('recognises formats by extension, then content type', () => {
    expect(detectFormat('a.PDF', 'application/octet-stream')).toBe('pdf');
    expect(detectFormat('notes', 'text/markdown; charset=utf-8')).toBe('markdown');
    expect(detectFormat('photo.png', 'image/png')).toBeNull();
  });
});

describe('chunking', () => {
  const sentence = (i: number) => `Sentence number ${i} has exactly seven words.`;

  it('keeps chunks within a section, under the word limit, overlapping by whole sentences', () => {
    const body = Array.from({ length: 10 }, (_, i) => sentence(i)).join(' ');
    const chunks = chunkSections(
      [
        { page: 1, headings: [], text: body },
        { page: 2, headings: ['Refunds'], text: 'Short page.' },
      ],
      { maxWords: 21, overlapWords: 7 },
    );
    const page1 = chunks.filter((c) => c.page === 1);
    expect(page1.every((c) => c.tokenCount <= 21)).toBe(true);
    expect(page1[0]!.text).toBe([0, 1, 2].map(sentence).join(' '));
    expect(page1[1]!.text.startsWith(sentence(2))).toBe(true);
    expect(page1.at(-1)!.text.endsWith(sentence(9))).toBe(true);
    expect(chunks.at(-1)).toMatchObject({ page: 2, headings: ['Refunds'], text: 'Short page.' });
    expect(chunks.map((c) => c.ordinal)).toEqual(chunks.map((_, i) => i));
    for (const c of page1) expect(body.slice(c.charStart, c.charEnd)).toBe(c.text);
  });

  it('cuts a sentence longer than the limit at word boundaries', () => {
    const long = Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ');
    const chunks = chunkSections([{ page: null, headings: [], text: long }], {
      maxWords: 20,
      overlapWords: 0,
    });
    expect(chunks.map((c) => c.tokenCount)).toEqual([20, 20, 10]);
  });
});

describe('reciprocal rank fusion', () => {
  it('ranks items found high in both lists first', () => {
    const fused = reciprocalRankFusion(
      [
        ['a', 'b', 'c'],
        ['c', 'b', 'd'],
      ],
      (x) => x,
    );
    expect(fused.slice(0, 2).sort()).toEqual(['b', 'c']);
    expect(fused).toHaveLength(4);
  });
});
