import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ParsedDocument } from '../types.js';
import { collapseWhitespace, htmlSections } from './html-sections.js';

/**
 * The main text of a web page: @mozilla/readability (Firefox's reader view) on a linkedom DOM drops
 * navigation, footers and ads and keeps the article with its headings; the title is the article's. When
 * Readability finds no article, the whole body is read.
 */
export function parseHtml(html: string): ParsedDocument {
  const { document } = parseHTML(html);
  const pageTitle = collapseWhitespace(document.querySelector('title')?.textContent ?? '') || null;
  const article = new Readability(document as unknown as Document).parse();
  if (article?.content) {
    return {
      title: collapseWhitespace(article.title ?? '') || pageTitle,
      pageCount: null,
      sections: htmlSections(article.content),
    };
  }
  const body = parseHTML(html).document.body as unknown as Element | null;
  return { title: pageTitle, pageCount: null, sections: htmlSections(body?.innerHTML ?? '') };
}
