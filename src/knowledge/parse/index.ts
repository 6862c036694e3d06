import type { ParsedDocument } from '../types.js';
import { parseDocx } from './docx.js';
import { DocumentParseError } from './errors.js';
import { parseHtml } from './html.js';
import { parseMarkdown } from './markdown.js';
import { parsePdf } from './pdf.js';
import { parseText } from './text.js';

export { DocumentParseError } from './errors.js';

export const DOCUMENT_FORMATS = ['pdf', 'docx', 'markdown', 'text', 'html'] as const;
/** The document formats the knowledge base reads. */
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

interface FormatEntry {
  /** The name people know it by. */
  label: string;
  extensions: string[];
  contentTypes: string[];
  /** The content type stored for it. */
  contentType: string;
  parse(bytes: Buffer): Promise<ParsedDocument> | ParsedDocument;
}

const utf8 = (bytes: Buffer) => new TextDecoder('utf-8').decode(bytes);

/** One entry per format: how to recognise it and how to read it. */
export const documentFormats: Record<DocumentFormat, FormatEntry> = {
  pdf: {
    label: 'PDF',
    extensions: ['pdf'],
    contentTypes: ['application/pdf'],
    contentType: 'application/pdf',
    parse: parsePdf,
  },
  docx: {
    label: 'Word (DOCX)',
    extensions: ['docx'],
    contentTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    parse: parseDocx,
  },
  markdown: {
    label: 'Markdown',
    extensions: ['md', 'markdown'],
    contentTypes: ['text/markdown', 'text/x-markdown'],
    contentType: 'text/markdown',
    parse: (bytes) => parseMarkdown(utf8(bytes)),
  },
  text: {
    label: 'plain text',
    extensions: ['txt', 'text'],
    contentTypes: ['text/plain'],
    contentType: 'text/plain',
    parse: (bytes) => parseText(utf8(bytes)),
  },
  html: {
    label: 'HTML',
    extensions: ['html', 'htm'],
    contentTypes: ['text/html', 'application/xhtml+xml'],
    contentType: 'text/html',
    parse: (bytes) => parseHtml(utf8(bytes)),
  },
};

/** "PDF, Word (DOCX), Markdown, plain text or HTML": for messages. */
export const SUPPORTED_FORMATS_TEXT = DOCUMENT_FORMATS.map((f) => documentFormats[f].label)
  .join(', ')
  .replace(/, ([^,]*)$/, ' or $1');

/**
 * The format of a file, from its extension, else its content type (parameters ignored); null when neither is
 * one we read. The bytes decide between what the name claims and what the file is for PDF and DOCX: a
 * ".pdf" that does not start with `%PDF-` still parses as PDF and fails there with a clear reason.
 */
export function detectFormat(filename: string, contentType: string | undefined): DocumentFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase();
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  for (const format of DOCUMENT_FORMATS)
    if (extension && documentFormats[format].extensions.includes(extension)) return format;
  for (const format of DOCUMENT_FORMATS)
    if (type && documentFormats[format].contentTypes.includes(type)) return format;
  return null;
}

/**
 * Reads a document of `format` into sections. Throws DocumentParseError when the file is empty, cannot be
 * read (encrypted or damaged PDF, ZIP bomb, not a DOCX) or has no text at all (e.g. a scanned PDF).
 */
export async function parseDocument(format: DocumentFormat, bytes: Buffer): Promise<ParsedDocument> {
  if (bytes.length === 0) throw new DocumentParseError('the file is empty');
  const parsed = await documentFormats[format].parse(bytes);
  if (parsed.sections.length === 0)
    throw new DocumentParseError(
      format === 'pdf'
        ? 'the PDF has no text (a scanned PDF needs text recognition first)'
        : 'the document has no text',
    );
  return parsed;
}
