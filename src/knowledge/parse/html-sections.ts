import { parseHTML } from 'linkedom';
import type { Section } from '../types.js';

const HEADINGS = ['H1', 'H2', 'H3', 'H4', 'H5', 'H6'];
const BLOCKS = 'p,li,pre,blockquote,td,th,dt,dd,figcaption,caption';
const SELECTOR = `h1,h2,h3,h4,h5,h6,${BLOCKS}`;

/** Whitespace runs (including non-breaking spaces) collapsed to one space, trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Sections of an HTML fragment (mammoth's DOCX output, marked's Markdown output, Readability's article): each
 * heading (h1–h6) starts a section under the headings above it (a heading of level n replaces those of level
 * n and deeper); the text of block elements (paragraphs, list items, cells, …) below it, one paragraph each,
 * makes the section's text. A block inside another block is read as part of the outer one. Text outside any
 * block (a bare text node) is read from the body when no block is found at all.
 */
export function htmlSections(html: string): Section[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const sections: Section[] = [];
  const stack: { level: number; text: string }[] = [];
  let paragraphs: string[] = [];
  const flush = () => {
    if (paragraphs.length > 0)
      sections.push({ page: null, headings: stack.map((h) => h.text), text: paragraphs.join('\n\n') });
    paragraphs = [];
  };
  const elements = [...document.body.querySelectorAll(SELECTOR)] as Element[];
  for (const element of elements) {
    const level = HEADINGS.indexOf(element.tagName) + 1;
    const text = collapseWhitespace(element.textContent ?? '');
    if (level > 0) {
      flush();
      while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
      if (text) stack.push({ level, text });
      continue;
    }
    if (element.parentElement?.closest(BLOCKS)) continue;
    if (text) paragraphs.push(text);
  }
  flush();
  if (sections.length === 0) {
    const text = collapseWhitespace(document.body.textContent ?? '');
    if (text) sections.push({ page: null, headings: [], text });
  }
  return sections;
}

/** The text of the first element matching `selector` in an HTML fragment, or null. */
export function firstText(html: string, selector: string): string | null {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const text = collapseWhitespace(document.body.querySelector(selector)?.textContent ?? '');
  return text || null;
}
