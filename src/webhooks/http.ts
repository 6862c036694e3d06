import http from 'node:http';
import https from 'node:https';
import { assertPublicHost, BlockedAddressError, guardedLookup } from './ssrf.js';

/** What one HTTP attempt gave: a status (null when no response came), timing, the response's start, an error. */
export interface HttpAttempt {
  statusCode: number | null;
  durationMs: number;
  /** The first 1 KB of the response body (UTF-8, lossy), or null when there was none. */
  responseExcerpt: string | null;
  /** Why no response came (network error, timeout, blocked address), or null. */
  error: string | null;
  /** The Retry-After response header, as sent. */
  retryAfter: string | null;
  /** True when nothing was sent because the URL is invalid or its address is blocked: retrying cannot help. */
  refused?: boolean;
}

export interface PostOptions {
  /** Abort after this many ms (connection, headers and the excerpt together). */
  timeoutMs: number;
  /** Allow private, loopback and link-local addresses (see ssrf.ts). */
  allowPrivate: boolean;
}

export const EXCERPT_BYTES = 1024;

/**
 * POSTs `body` as JSON to `url` with `headers`, never following redirects, and reads at most the first 1 KB
 * of the answer. Never throws: failures come back in `error`. Unless `allowPrivate`, refuses URLs whose host
 * is or resolves to a non-public address.
 */
export async function postJson(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: PostOptions,
): Promise<HttpAttempt> {
  const started = performance.now();
  const done = (partial: Partial<HttpAttempt>): HttpAttempt => ({
    statusCode: null,
    responseExcerpt: null,
    error: null,
    retryAfter: null,
    ...partial,
    durationMs: Math.round(performance.now() - started),
  });
  let target: URL;
  try {
    target = new URL(url);
    if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new Error('not an http(s) URL');
    if (!options.allowPrivate) assertPublicHost(target);
  } catch (error) {
    return done({ error: (error as Error).message, refused: true });
  }
  try {
    const response = await send(target, body, headers, options);
    return done(response);
  } catch (error) {
    const err = error as Error & { code?: string };
    const timedOut = err.name === 'TimeoutError' || err.name === 'AbortError';
    return done({
      error: timedOut ? `no answer within ${options.timeoutMs} ms` : err.message || String(err.code),
      refused: err instanceof BlockedAddressError,
    });
  }
}

function send(
  target: URL,
  body: string,
  headers: Record<string, string>,
  options: PostOptions,
): Promise<Pick<HttpAttempt, 'statusCode' | 'responseExcerpt' | 'retryAfter'>> {
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      target,
      {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'Guidepost-Webhooks/1',
        },
        signal: AbortSignal.timeout(options.timeoutMs),
        ...(options.allowPrivate ? {} : { lookup: guardedLookup }),
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const finish = () => {
          const excerpt = Buffer.concat(chunks).subarray(0, EXCERPT_BYTES);
          const retryAfter = response.headers['retry-after'];
          resolve({
            statusCode: response.statusCode ?? null,
            responseExcerpt: size > 0 ? new TextDecoder().decode(excerpt) : null,
            retryAfter: typeof retryAfter === 'string' ? retryAfter : null,
          });
          response.destroy();
        };
        response.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          size += chunk.length;
          if (size >= EXCERPT_BYTES) finish();
        });
        response.on('end', finish);
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
