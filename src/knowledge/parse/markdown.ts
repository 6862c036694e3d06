import { marked, type Tokens } from 'marked';
import type { ParsedDocument } from '../types.js';
import { htmlSections } from './html-sections.js';

/**
 * The text of a Markdown document with its headings: marked's lexer finds the title (the first level-1
 * heading) and its parser renders the tokens to HTML, read into sections like any HTML (see htmlSections), so
 * inline markup (emphasis, links, code) leaves only its text.
 */
export function parseMarkdown(text: string): ParsedDocument {
  const tokens = marked.lexer(text);
  const title = tokens.find((t): t is Tokens.Heading => t.type === 'heading' && t.depth === 1);
  const html = marked.parser(tokens, { async: false });
  return { title: title?.text.trim() || null, pageCount: null, sections: htmlSections(html) };
}
