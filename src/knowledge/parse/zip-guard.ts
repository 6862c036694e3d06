import { DocumentParseError } from './errors.js';

/** Limits a ZIP container (DOCX) must respect before it is decompressed. */
export interface ZipLimits {
  /** Largest total of the entries' declared uncompressed sizes, in bytes. */
  maxUncompressedBytes: number;
  /** Largest ratio of uncompressed to compressed size, over the whole archive. */
  maxRatio: number;
  /** Most entries. */
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxRatio: 100,
  maxEntries: 10_000,
};

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

/**
 * Refuses a ZIP bomb before anything decompresses it, from the archive's central directory (APPNOTE.TXT
 * §4.3.12 and §4.3.16): the end-of-central-directory record gives the entry count and where the directory
 * starts; each directory entry declares its compressed and uncompressed sizes. Throws DocumentParseError when
 * the file is not a ZIP, is truncated, uses ZIP64 (no document we read needs it), or when the declared sizes
 * exceed `limits`. Declared sizes are what a well-formed archive promises; the decompressor then reads no
 * more than that.
 */
export function assertSafeZip(bytes: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): void {
  const eocd = findEndOfCentralDirectory(bytes);
  const entries = bytes.readUInt16LE(eocd + 10);
  const directoryOffset = bytes.readUInt32LE(eocd + 16);
  if (entries === 0xffff || directoryOffset === 0xffffffff)
    throw new DocumentParseError('the file is a ZIP64 archive, which is not a document format we read');
  if (entries > limits.maxEntries)
    throw new DocumentParseError(`the file holds ${entries} entries, more than ${limits.maxEntries}`);
  let offset = directoryOffset;
  let compressed = 0;
  let uncompressed = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== CENTRAL_SIGNATURE)
      throw new DocumentParseError('the file is damaged (its ZIP directory is incomplete)');
    const entryCompressed = bytes.readUInt32LE(offset + 20);
    const entryUncompressed = bytes.readUInt32LE(offset + 24);
    if (entryCompressed === 0xffffffff || entryUncompressed === 0xffffffff)
      throw new DocumentParseError('the file is a ZIP64 archive, which is not a document format we read');
    compressed += entryCompressed;
    uncompressed += entryUncompressed;
    offset +=
      46 +
      bytes.readUInt16LE(offset + 28) +
      bytes.readUInt16LE(offset + 30) +
      bytes.readUInt16LE(offset + 32);
  }
  const mib = (n: number) => `${Math.round(n / 1024 / 1024)} MiB`;
  if (uncompressed > limits.maxUncompressedBytes)
    throw new DocumentParseError(
      `the file unpacks to ${mib(uncompressed)}, more than ${mib(limits.maxUncompressedBytes)} (a ZIP bomb?)`,
    );
  if (uncompressed > 1024 * 1024 && uncompressed > limits.maxRatio * Math.max(compressed, 1))
    throw new DocumentParseError(
      `the file is compressed ${Math.round(uncompressed / Math.max(compressed, 1))} to 1, more than ${limits.maxRatio} to 1 (a ZIP bomb?)`,
    );
}

/** Offset of the end-of-central-directory record, searched backwards over a possible archive comment. */
function findEndOfCentralDirectory(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - EOCD_MIN - MAX_COMMENT);
  for (let offset = bytes.length - EOCD_MIN; offset >= lowest; offset--)
    if (bytes.readUInt32LE(offset) === EOCD_SIGNATURE) return offset;
  throw new DocumentParseError('the file is not a valid DOCX (no ZIP directory found)');
}
