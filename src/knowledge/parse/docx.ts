import mammoth from 'mammoth';
import type { ParsedDocument } from '../types.js';
import { DocumentParseError } from './errors.js';
import { firstText, htmlSections } from './html-sections.js';
import { assertSafeZip } from './zip-guard.js';

/**
 * The text of a DOCX with its headings, through mammoth's HTML (Word heading styles become h1–h6). The ZIP is
 * checked for bombs first (see assertSafeZip). The title is the first heading. Throws DocumentParseError for
 * a file that is not a readable DOCX or has no text.
 */
export async function parseDocx(bytes: Buffer): Promise<ParsedDocument> {
  assertSafeZip(bytes);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch (error) {
    throw new DocumentParseError(`the DOCX could not be read (${(error as Error).message})`, {
      cause: error,
    });
  }
  return { title: firstText(html, 'h1,h2,h3'), pageCount: null, sections: htmlSections(html) };
}
