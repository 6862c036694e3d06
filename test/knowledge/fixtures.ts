import JSZip from 'jszip';
import { PDFDocument, PDFHexString, PDFName, PDFNumber, StandardFonts } from 'pdf-lib';

/**
 * Test documents made on the spot: a PDF with one text per page (pdf-lib), a password-protected PDF, a DOCX
 * with headings (jszip, the minimal OOXML parts Word and mammoth need) and a DOCX zip bomb.
 */

/** A PDF with one page per text, each text drawn in lines of at most 80 characters. */
export async function makePdf(pages: string[], title?: string): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  if (title) pdf.setTitle(title);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const text of pages) {
    const page = pdf.addPage([595, 842]);
    const lines = text.match(/.{1,80}(\s|$)/g) ?? [text];
    lines.forEach((line, i) => page.drawText(line.trim(), { x: 50, y: 790 - i * 16, size: 11, font }));
  }
  return Buffer.from(await pdf.save());
}

/**
 * A PDF whose trailer declares Standard security (RC4, revision 2) with an owner and user password hash that
 * the empty password does not match: readers ask for a password.
 */
export async function makeEncryptedPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.load(await makePdf(['Secret plans for the moon base.']));
  const hex = (byte: string) => PDFHexString.of(byte.repeat(32));
  const encrypt = pdf.context.obj({
    Filter: PDFName.of('Standard'),
    V: PDFNumber.of(1),
    R: PDFNumber.of(2),
    Length: PDFNumber.of(40),
    P: PDFNumber.of(-44),
    O: hex('ab'),
    U: hex('cd'),
  });
  pdf.context.trailerInfo.Encrypt = pdf.context.register(encrypt);
  pdf.context.trailerInfo.ID = pdf.context.obj([hex('01'), hex('01')]);
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A DOCX of paragraphs; `{ heading: n, text }` is a Word "Heading n" paragraph. */
export async function makeDocx(
  paragraphs: Array<string | { heading: number; text: string }>,
): Promise<Buffer> {
  const body = paragraphs
    .map((p) =>
      typeof p === 'string'
        ? `<w:p><w:r><w:t>${escape(p)}</w:t></w:r></w:p>`
        : `<w:p><w:pPr><w:pStyle w:val="Heading${p.heading}"/></w:pPr><w:r><w:t>${escape(p.text)}</w:t></w:r></w:p>`,
    )
    .join('');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A DOCX whose document part unpacks from a few kilobytes to `megabytes` MiB of spaces. */
export async function makeDocxBomb(megabytes = 64): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file('word/document.xml', Buffer.alloc(megabytes * 1024 * 1024, 0x20));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
