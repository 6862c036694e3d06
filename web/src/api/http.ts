import { ApiProblem } from './problem';

/** The detail of a network failure (status 0). */
export const UNREACHABLE = 'the server cannot be reached; check your connection and try again';

/** Options of {@link api}. */
export interface ApiOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** A run's capability token, sent as `X-Run-Token` (anonymous runs). */
  runToken?: string;
  signal?: AbortSignal;
}

/**
 * Calls the Guidepost API (same origin, the session cookie rides along) and returns the parsed JSON body
 * (`undefined` for 204). Throws {@link ApiProblem} for any non-2xx answer (its problem+json body) and for a
 * network failure (status 0).
 */
export async function api<T>(path: string, options: ApiOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.runToken) headers['x-run-token'] = options.runToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiProblem(0, UNREACHABLE);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) throw problemOf(response.status, response.statusText, body);
  return body as T;
}

/**
 * The ApiProblem of a non-2xx answer from its status and parsed body: the problem+json `detail`, else
 * "the server answered 413 Payload Too Large" (a proxy's HTML page, an empty body).
 */
export function problemOf(status: number, statusText: string, body: unknown): ApiProblem {
  const problem = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const detail =
    typeof problem.detail === 'string' ? problem.detail : `the server answered ${status} ${statusText}`;
  return new ApiProblem(status, detail, problem);
}
