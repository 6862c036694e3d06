import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import { assertPublicHost, guardedLookup } from '../webhooks/ssrf.js';

/** The `fetch` shape the MCP SDK's transports take (`FetchLike` of @modelcontextprotocol/sdk). */
export type FetchLike = (url: string | URL, init?: RequestInit) => Promise<Response>;

/**
 * A `fetch` over node:http(s) behind the SSRF guard shared with webhooks and `api_call`: unless `allowPrivate`,
 * a literal address must be public (assertPublicHost) and a name is resolved by the socket's guarded lookup,
 * so the connection uses exactly the address that was checked. Redirects are never followed (a 3xx comes back
 * as it is, and the MCP client fails on it). The response body streams (Streamable HTTP answers with
 * server-sent events). Rejects with BlockedAddressError for a refused address, like `fetch` for network errors.
 */
export function guardedFetch(allowPrivate: boolean): FetchLike {
  return (input, init = {}) => {
    const url = new URL(input instanceof URL ? input.href : input);
    if (!allowPrivate) assertPublicHost(url);
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, name) => (headers[name] = value));
    const body = typeof init.body === 'string' ? init.body : init.body == null ? undefined : null;
    if (body === null) return Promise.reject(new TypeError('guardedFetch sends text bodies only'));
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
    const client = url.protocol === 'https:' ? https : http;
    return new Promise<Response>((resolve, reject) => {
      const request = client.request(
        url,
        {
          method: init.method ?? 'GET',
          headers,
          ...(init.signal ? { signal: init.signal } : {}),
          ...(allowPrivate ? {} : { lookup: guardedLookup }),
        },
        (response) => {
          const status = response.statusCode ?? 0;
          const answerHeaders = new Headers();
          for (const [name, value] of Object.entries(response.headers))
            for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value])
              answerHeaders.append(name, v);
          const empty = status === 204 || status === 304 || init.method === 'HEAD';
          if (empty) response.resume();
          resolve(
            new Response(empty ? null : (Readable.toWeb(response) as ReadableStream<Uint8Array>), {
              status,
              statusText: response.statusMessage ?? '',
              headers: answerHeaders,
            }),
          );
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  };
}
