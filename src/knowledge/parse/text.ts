import type { ParsedDocument } from '../types.js';

/** Plain text: one section, paragraphs (blank-line separated) kept, no title of its own. */
export function parseText(text: string): ParsedDocument {
  const body = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
  return { title: null, pageCount: null, sections: body ? [{ page: null, headings: [], text: body }] : [] };
}
