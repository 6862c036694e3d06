import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import { assertPublicHost, BlockedAddressError, guardedLookup } from '../webhooks/ssrf.js';
import type { BuiltRequest } from './api-request.js';
import { redact } from './api-request.js';
import { ActionError } from './executor.js';

/**
 * The outbound HTTP client of actions. Every hop goes through the SSRF guard shared with webhooks: a literal
 * address must be public, a name is resolved by the socket's guarded lookup (so the connection uses exactly the
 * address that was checked). Redirects (301, 302, 303, 307, 308) are followed up to `maxRedirects` times, each
 * target checked again; headers of the request (credentials, default headers) go only to the request's own
 * origin. One deadline covers the whole call, and an answer larger than `maxResponseBytes` is refused.
 */

/** 1 MiB: the default largest response body. */
export const DEFAULT_MAX_RESPONSE_BYTES = 1_048_576;
const DEFAULT_MAX_REDIRECTS = 3;
const EXCERPT_CHARS = 200;

export interface HttpCallOptions {
  /** Deadline of the whole call (every hop and the whole body), in ms. */
  timeoutMs: number;
  /**
   * Whether private, loopback and link-local addresses may be reached: one answer for every hop, or a
   * decision per hop's URL (e.g. only a known first hop).
   */
  allowPrivate: boolean | ((url: URL) => boolean);
  /** Largest response body in bytes (default 1 MiB); larger ones fail. */
  maxResponseBytes?: number;
  /** Redirects to follow (default 3); one more fails. */
  maxRedirects?: number;
  /** Aborts the call (not retryable). */
  signal?: AbortSignal;
  /** Answer the body as raw bytes (a Buffer) whatever its content type, e.g. audio. */
  binary?: boolean;
}

/** A 2xx answer: its status, headers and body (parsed JSON for a JSON content type, else text; null when empty). */
export interface HttpCallResult {
  status: number;
  headers: IncomingHttpHeaders;
  body: unknown;
}

interface RawAnswer {
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  bytes: Buffer;
}

class TooLargeError extends Error {}

/**
 * Sends `request` (see the module comment) and resolves to its 2xx answer. Throws ActionError, its message
 * naming the method, origin and path (never the query, which may hold a key; credentials are masked):
 * retryable for 5xx, 429, timeouts and network errors; not retryable for other 4xx and 3xx answers, refused
 * addresses, too many redirects, an oversize body, invalid JSON, or an abort through `signal`.
 */
export async function httpCall(request: BuiltRequest, options: HttpCallOptions): Promise<HttpCallResult> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  let { method, url, body } = request;
  for (let hop = 0; ; hop++) {
    const where = `${method} ${url.origin}${url.pathname}`;
    const fail = (message: string, retryable: boolean, cause?: unknown) =>
      new ActionError(redact(`${where}: ${message}`, request.secrets), retryable, { cause });
    let answer: RawAnswer;
    try {
      const allowPrivate =
        typeof options.allowPrivate === 'function' ? options.allowPrivate(url) : options.allowPrivate;
      if (!allowPrivate) assertPublicHost(url);
      const headers = url.origin === request.url.origin ? request.headers : {};
      answer = await exchange(url, method, headers, body, {
        signal,
        guarded: !allowPrivate,
        maxBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      });
    } catch (error) {
      if (timeout.aborted) throw fail(`no complete answer within ${options.timeoutMs} ms`, true, error);
      if (options.signal?.aborted) throw fail('cancelled', false, error);
      if (error instanceof BlockedAddressError)
        throw fail(
          `refused: ${error.host} is or resolves to a private, loopback or reserved address (${error.address}); set GUIDEPOST_ACTIONS_ALLOW_PRIVATE=true to allow it`,
          false,
        );
      if (error instanceof TooLargeError)
        throw fail(
          `the answer is larger than ${options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES} bytes`,
          false,
        );
      const err = error as NodeJS.ErrnoException;
      throw fail(`the request failed: ${err.message || err.code}`, true, error);
    }
    const location = answer.headers.location;
    if ([301, 302, 303, 307, 308].includes(answer.status) && location) {
      if (hop >= maxRedirects) throw fail(`more than ${maxRedirects} redirects`, false);
      const next = new URL(location, url);
      if (next.protocol !== 'http:' && next.protocol !== 'https:')
        throw fail(`redirected to a ${next.protocol} URL`, false);
      if (answer.status === 303 || ((answer.status === 301 || answer.status === 302) && method !== 'GET')) {
        method = 'GET';
        body = undefined;
      }
      url = next;
      continue;
    }
    if (answer.status < 200 || answer.status >= 300) {
      const excerpt = answer.bytes.toString('utf8').slice(0, EXCERPT_CHARS).trim();
      const retryable = answer.status >= 500 || answer.status === 429;
      throw fail(
        `the API answered ${answer.status} ${answer.statusText}${excerpt ? `: ${excerpt}` : ''}`.trim(),
        retryable,
      );
    }
    try {
      const body = options.binary ? answer.bytes : parseBody(answer);
      return { status: answer.status, headers: answer.headers, body };
    } catch (error) {
      throw fail(`the answer is not valid JSON: ${(error as Error).message}`, false, error);
    }
  }
}

/** JSON for a `…json` content type, text otherwise; null for an empty body. Throws SyntaxError for bad JSON. */
function parseBody(answer: RawAnswer): unknown {
  if (answer.bytes.length === 0) return null;
  const text = answer.bytes.toString('utf8');
  const type = String(answer.headers['content-type'] ?? '');
  return /[/+]json\b/i.test(type) ? (JSON.parse(text) as unknown) : text;
}

/** One request/response over node:http(s); a redirect's body is skipped. Rejects with TooLargeError. */
function exchange(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
  options: { signal: AbortSignal; guarded: boolean; maxBytes: number },
): Promise<RawAnswer> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method,
        headers: {
          accept: 'application/json, text/plain;q=0.9, */*;q=0.8',
          'user-agent': 'Guidepost-Actions/1',
          ...headers,
          ...(body !== undefined
            ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) }
            : {}),
        },
        signal: options.signal,
        ...(options.guarded ? { lookup: guardedLookup } : {}),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const answer = (bytes: Buffer) =>
          resolve({ status, statusText: response.statusMessage ?? '', headers: response.headers, bytes });
        if (status >= 300 && status < 400 && response.headers.location) {
          response.destroy();
          return answer(Buffer.alloc(0));
        }
        const declared = Number(response.headers['content-length']);
        if (declared > options.maxBytes) {
          response.destroy();
          return reject(new TooLargeError());
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            response.destroy();
            reject(new TooLargeError());
          } else chunks.push(chunk);
        });
        response.on('end', () => answer(Buffer.concat(chunks)));
        response.on('error', reject);
        response.on('close', () => {
          if (!response.complete) reject(new Error('the connection closed before the answer was complete'));
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
