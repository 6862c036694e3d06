import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import type { ParsedDocument } from '../types.js';
import { DocumentParseError } from './errors.js';
import { collapseWhitespace } from './html-sections.js';

/**
 * The text of a PDF, one section per page (1-based page numbers), with unpdf (PDF.js). The title is the PDF's
 * `Title` metadata when set. Throws DocumentParseError for an encrypted (password-protected) or damaged PDF.
 */
export async function parsePdf(bytes: Buffer): Promise<ParsedDocument> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException')
      throw new DocumentParseError('the PDF is encrypted with a password; upload an unprotected copy', {
        cause: error,
      });
    throw new DocumentParseError(`the PDF could not be read (${(error as Error).message || name})`, {
      cause: error,
    });
  }
  try {
    const { totalPages, text } = await extractText(pdf, { mergePages: false });
    const meta = await getMeta(pdf).catch(() => null);
    const info = (meta?.info ?? {}) as { Title?: unknown };
    const title = typeof info.Title === 'string' && info.Title.trim() ? info.Title.trim() : null;
    return {
      title,
      pageCount: totalPages,
      sections: text
        .map((pageText, index) => ({ page: index + 1, headings: [], text: normalisePage(pageText) }))
        .filter((section) => section.text.length > 0),
    };
  } catch (error) {
    throw new DocumentParseError(`the PDF's text could not be read (${(error as Error).message})`, {
      cause: error,
    });
  } finally {
    await pdf.destroy();
  }
}

/** A page's text with blank-line paragraph breaks kept and other whitespace collapsed. */
function normalisePage(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map(collapseWhitespace)
    .filter(Boolean)
    .join('\n\n');
}
