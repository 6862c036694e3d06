/**
 * RFC 9457 problem details. Handlers throw `HttpProblem`; the central error handler turns it (and every
 * other error) into `application/problem+json` without ever exposing a stack trace.
 */
import type { DomainErrorCode, InvalidParam } from '../core/errors.js';

export type { InvalidParam };

/** The HTTP status each domain error code is answered with: the one mapping from domain errors to problems. */
export const DOMAIN_ERROR_STATUS: Record<DomainErrorCode, number> = {
  invalid: 422,
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_type: 415,
  rate_limited: 429,
  unavailable: 503,
};

/** The JSON body of a problem response. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  invalid_params?: InvalidParam[];
  [extension: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** An error that becomes a problem+json response with `status` and a `detail` a person understands. */
export class HttpProblem extends Error {
  readonly isHttpProblem = true;
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly extensions: {
      invalid_params?: InvalidParam[];
      headers?: Record<string, string>;
      [k: string]: unknown;
    } = {},
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }

  static isInstance(error: unknown): error is HttpProblem {
    return (
      typeof error === 'object' &&
      error !== null &&
      (error as { isHttpProblem?: unknown }).isHttpProblem === true
    );
  }
}

/** The title of a status code ("Not Found"). */
export function statusTitle(status: number): string {
  return TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
}

/** Builds a problem body; `type` is `about:blank` as RFC 9457 allows when the title says it all. */
export function problemBody(status: number, detail: string, extra: Partial<ProblemBody> = {}): ProblemBody {
  return { type: 'about:blank', title: statusTitle(status), status, detail, ...extra };
}

/** 404 for a thing that does not exist in the caller's tenant (also used when it exists elsewhere). */
export function notFound(what: string): HttpProblem {
  return new HttpProblem(404, `${what} was not found`);
}
