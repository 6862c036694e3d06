import { describe, expect, it } from 'vitest';
import type { AnswerCitation } from '../sidekicks/chat/embedded-answerer.js';
import { SpokenAnswer, spokenPiece, spokenSource } from './spoken-answer.js';

const SOURCES: Record<number, AnswerCitation> = {
  1: { document_id: 'd1', title: 'handbook.pdf', page: 4, quote: '', chunk_id: 'c1' },
  2: { document_id: 'd2', title: 'FAQ', page: null, quote: '', chunk_id: 'c2' },
};
const source = (n: number) => SOURCES[n] ?? null;

/** Streams `text` word by word through a SpokenAnswer; returns the pieces said. */
function say(text: string): string[] {
  const spoken = new SpokenAnswer();
  const pieces = (text.match(/\s*\S+/g) ?? []).flatMap((word) => spoken.push(word, source));
  return [...pieces, ...spoken.end(source)];
}

describe('spoken answers', () => {
  it.each([
    [{ title: 'handbook.pdf', page: 4 }, 'the handbook, page 4'],
    [{ title: 'employee_handbook-2026.docx', page: null }, 'the employee handbook 2026'],
    [{ title: 'The Refund Guide.md', page: null }, 'The Refund Guide'],
    [{ title: 'https://www.example.com/help/refunds', page: null }, 'example.com'],
    [{ title: 'Refunds | Acme help', page: null }, 'Refunds | Acme help'],
  ])('names %j as %s', (citation, name) => {
    expect(spokenSource(citation)).toBe(name);
  });

  it('says citation markers as sources before the stop, in either place the answerers put them', () => {
    expect(spokenPiece('Refunds take 30 days. [1]', source)).toBe(
      'Refunds take thirty days, according to the handbook, page four.',
    );
    expect(spokenPiece('Refunds take **30 days** [1] and shipping is free [2][7].', source)).toBe(
      'Refunds take thirty days, according to the handbook, page four, and shipping is free, according to FAQ.',
    );
    expect(spokenPiece('Both say so [1, 2].', source)).toBe(
      'Both say so, according to the handbook, page four, and FAQ.',
    );
  });

  it('gives each sentence as soon as it is complete, with its markers, and nothing written-only', () => {
    const pieces = say(
      'Hi there! Here is what my documents say:\n\n> Customers may return a product within 30 days. [1]\n>\n> Shipping is not refunded. [2]',
    );
    expect(pieces).toEqual([
      'Hi there!',
      ' Here is what my documents say:',
      ' Customers may return a product within thirty days, according to the handbook, page four.',
      ' Shipping is not refunded, according to FAQ.',
    ]);
  });

  it('waits for markers after a stop before ending the sentence, and keeps decimals whole', () => {
    const spoken = new SpokenAnswer();
    expect(spoken.push('It costs 3.5 euros.', source)).toEqual([]);
    expect(spoken.push(' ', source)).toEqual([]);
    expect(spoken.push('[1] Then', source)).toEqual([
      'It costs three point five euros, according to the handbook, page four.',
    ]);
    expect(spoken.end(source)).toEqual([' Then']);
  });
});
