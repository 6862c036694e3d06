/**
 * Domain errors: what services (runs, webhooks, wizards, accounts, …) throw when a request cannot be carried
 * out. They say *what* went wrong in the domain's words, never how a transport answers it; the HTTP layer maps
 * `code` to a status in one place (server/problem.ts), the CLI and the MCP server print `message`.
 * Recognised across module copies with `isInstance` (the marker pattern of vercel/ai's provider errors).
 */

const marker = Symbol.for('guidepost.domain.error');

/**
 * What kind of failure a domain error is:
 * - `invalid`: the input is understood but refused (a value that fails validation, a step that cannot be left);
 * - `bad_request`: the input cannot be read at all;
 * - `unauthenticated` / `forbidden`: no credentials, or credentials without the right;
 * - `not_found`: the thing does not exist for this caller (also said for things of another tenant);
 * - `conflict`: the state does not allow it (a closed run, a taken slug);
 * - `too_large` / `unsupported_type`: an upload's size or type is refused;
 * - `rate_limited`: too many requests; `unavailable`: a needed service or setting is missing.
 */
export type DomainErrorCode =
  | 'invalid'
  | 'bad_request'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'unsupported_type'
  | 'rate_limited'
  | 'unavailable';

/** One refused input, named by where it came from: `body.values.email`, `query.limit`, `values.email`. */
export interface InvalidParam {
  name: string;
  reason: string;
}

/** Options of a DomainError: the refused inputs, and extra members a problem+json answer carries. */
export interface DomainErrorOptions {
  invalidParams?: InvalidParam[];
  /** Extra members of the problem (e.g. `accept`, `max_bytes`), safe to show to the caller. */
  extensions?: Record<string, unknown>;
  cause?: unknown;
}

/** A failure in the domain's words (see the module comment). `message` is meant for people. */
export class DomainError extends Error {
  private readonly [marker] = true;
  readonly invalidParams: InvalidParam[];
  readonly extensions: Record<string, unknown>;

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    options: DomainErrorOptions = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'DomainError';
    this.invalidParams = options.invalidParams ?? [];
    this.extensions = options.extensions ?? {};
  }

  static isInstance(error: unknown): error is DomainError {
    return typeof error === 'object' && error !== null && marker in error;
  }
}

/** `not_found` for a thing that does not exist for the caller: `${what} was not found`. */
export function notFoundError(what: string): DomainError {
  return new DomainError('not_found', `${what} was not found`);
}
