/**
 * What a parser makes of a document: its title and its text as sections, each a run of text on one page (PDF)
 * under one list of headings (Markdown, DOCX, HTML). Chunking never lets a chunk cross a section boundary.
 */
export interface ParsedDocument {
  /** The title found in the document (PDF metadata, first heading, `<title>`), or null to keep the file name. */
  title: string | null;
  sections: Section[];
  /** Number of pages (PDF), else null. */
  pageCount: number | null;
}

/** A run of text with the same page and headings. */
export interface Section {
  /** 1-based page number, or null for formats without pages. */
  page: number | null;
  /** The headings above this text, outermost first (may be empty). */
  headings: string[];
  text: string;
}

/** A chunk before it is stored: position, page, headings and text. */
export interface ChunkDraft {
  /** 0-based position of the chunk in its document. */
  ordinal: number;
  page: number | null;
  headings: string[];
  text: string;
  /** Character offsets of `text` in its section's text (end exclusive). */
  charStart: number;
  charEnd: number;
  /** Number of words in `text`. */
  tokenCount: number;
}
