import type { ApiAuthType } from '../core/actions/api-auth.js';
import { HEADER_VALUE_PATTERN, isCredentialHeader, TRANSPORT_HEADERS } from '../core/actions/http-headers.js';
import { ActionError } from './executor.js';

/**
 * Builds the HTTP request of an `api_call` from an API configuration (base URL, auth, default headers) and
 * the action's already rendered method, path, query and body. Pure: nothing is sent here (see http-call.ts).
 */

/** The parts of an API configuration a request needs, with its credentials opened (null when none). */
export interface ApiTarget {
  baseUrl: string;
  authType: ApiAuthType;
  authParamName: string | null;
  credentials: string | null;
  defaultHeaders: Record<string, string>;
}

/**
 * What the action asks for: `path` after the base URL (may carry its own `?query`), query parameters, its own
 * headers (rendered), a JSON body.
 */
export interface ApiRequestSpec {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query: Record<string, string>;
  headers?: Record<string, string>;
  /** Sent as JSON when defined. */
  body?: unknown;
}

/**
 * A request ready to send. `headers` (lowercase names) go only to the configuration's origin; `secrets` are
 * masked in errors.
 */
export interface BuiltRequest {
  method: ApiRequestSpec['method'];
  url: URL;
  headers: Record<string, string>;
  /** The JSON text of the body, or undefined for none. */
  body?: string;
  /** Every form of the credentials that may appear on the wire (raw, base64 for basic). */
  secrets: string[];
}

/**
 * Joins the base URL and the path (one `/` between them), appends the query, adds the default headers, then
 * the action's own headers (which win over a default of the same name; those the client sets itself are
 * skipped), then the auth (header, or query parameter for `api_key_query`), which wins over both. The values
 * of the action's credential headers (see isCredentialHeader) join `secrets`, so errors mask them. Throws
 * ActionError (not retryable) when the path is not a valid URL path or leaves the base URL (another origin, or
 * `..` above its path), or when an action header renders to line breaks or control characters.
 */
export function buildApiRequest(target: ApiTarget, spec: ApiRequestSpec): BuiltRequest {
  const base = new URL(target.baseUrl);
  const basePath = base.pathname.replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(`${base.origin}${basePath}/${spec.path.replace(/^\/+/, '')}`);
  } catch {
    throw new ActionError(`the path "${spec.path}" does not make a valid URL with the base URL`);
  }
  if (url.origin !== base.origin || !`${url.pathname}/`.startsWith(`${basePath}/`))
    throw new ActionError(`the path "${spec.path}" leaves the configuration's base URL ${target.baseUrl}`);
  for (const [name, value] of Object.entries(spec.query)) url.searchParams.append(name, value);
  const headers: Record<string, string> = Object.fromEntries(
    Object.entries(target.defaultHeaders).map(([name, value]) => [name.toLowerCase(), value]),
  );
  const secrets: string[] = [];
  for (const [name, value] of Object.entries(spec.headers ?? {})) {
    const lower = name.toLowerCase();
    if (TRANSPORT_HEADERS.has(lower)) continue;
    if (!HEADER_VALUE_PATTERN.test(value))
      throw new ActionError(`the header "${name}" renders to line breaks or control characters`);
    headers[lower] = value;
    if (isCredentialHeader(name)) secrets.push(value);
  }
  const credentials = target.credentials;
  if (credentials) {
    secrets.push(credentials);
    switch (target.authType) {
      case 'bearer':
        headers.authorization = `Bearer ${credentials}`;
        break;
      case 'basic': {
        const encoded = Buffer.from(credentials, 'utf8').toString('base64');
        secrets.push(encoded);
        headers.authorization = `Basic ${encoded}`;
        break;
      }
      case 'api_key_header':
        headers[target.authParamName!.toLowerCase()] = credentials;
        break;
      case 'api_key_query':
        url.searchParams.set(target.authParamName!, credentials);
        secrets.push(new URLSearchParams([['', credentials]]).toString().slice(1));
        break;
      case 'none':
        break;
    }
  }
  return {
    method: spec.method,
    url,
    headers,
    ...(spec.body !== undefined ? { body: JSON.stringify(spec.body) } : {}),
    secrets,
  };
}

/** `text` with every non-empty secret replaced by `[redacted]`. */
export function redact(text: string, secrets: readonly string[]): string {
  return secrets
    .filter((s) => s.length > 0)
    .reduce((out, secret) => out.split(secret).join('[redacted]'), text);
}
