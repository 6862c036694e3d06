import { httpCall } from '../actions/http-call.js';
import { BlockedAddressError } from '../webhooks/ssrf.js';
import { DocumentParseError } from './parse/errors.js';
import { detectFormat, documentFormats } from './parse/index.js';

/** A fetched page: its bytes and the content type to read it as. */
export interface FetchedPage {
  content: Buffer;
  contentType: string;
}

/** Options of fetchPage. */
export interface FetchPageOptions {
  /** Largest page, in bytes. */
  maxBytes: number;
  /** Reach private and loopback addresses too. */
  allowPrivate: boolean;
  /** Deadline of the whole fetch, in ms (default 15 000). */
  timeoutMs?: number;
}

/**
 * Fetches a web page to import (GET, through the actions' HTTP client and so the SSRF guard: every hop's
 * address must be public unless `allowPrivate`, up to 3 redirects, at most `maxBytes`). Only HTML, plain text and
 * Markdown answers are accepted. Throws DocumentParseError with a reason for people: a refused address, an
 * answer that is not 2xx, too large, or not a web page.
 */
export async function fetchPage(url: string, options: FetchPageOptions): Promise<FetchedPage> {
  let answer: Awaited<ReturnType<typeof httpCall>>;
  try {
    answer = await httpCall(
      { method: 'GET', url: new URL(url), headers: { accept: 'text/html, text/plain;q=0.8' }, secrets: [] },
      {
        timeoutMs: options.timeoutMs ?? 15_000,
        allowPrivate: options.allowPrivate,
        maxResponseBytes: options.maxBytes,
      },
    );
  } catch (error) {
    const blocked = (error as Error).cause;
    const reason =
      blocked instanceof BlockedAddressError ? privateAddressReason(blocked.host) : (error as Error).message;
    throw new DocumentParseError(`the page could not be fetched: ${reason}`, { cause: error });
  }
  const type = String(answer.headers['content-type'] ?? 'text/html');
  const format = detectFormat('', type);
  if (format !== 'html' && format !== 'text' && format !== 'markdown')
    throw new DocumentParseError(`the address answered ${type.split(';')[0]}, not a web page`);
  const text = typeof answer.body === 'string' ? answer.body : '';
  return { content: Buffer.from(text, 'utf8'), contentType: documentFormats[format].contentType };
}

/** Why an address is refused, for people (the operator's switch is GUIDEPOST_ACTIONS_ALLOW_PRIVATE). */
export function privateAddressReason(host: string): string {
  return `${host} is a private or local address; only public web pages can be imported`;
}
