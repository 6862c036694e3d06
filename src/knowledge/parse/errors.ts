/**
 * A document that cannot be turned into text: encrypted, corrupt, empty, a zip bomb. Its message is shown to
 * people as the document's failure reason, so it says what is wrong with the file, not with the code.
 */
export class DocumentParseError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DocumentParseError';
  }
}
