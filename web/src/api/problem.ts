import type { RunProblem } from '../../../src/core/wizard/run-state';
import { plainText } from './plain-text';

/** One entry of a problem's `invalid_params` (RFC 9457 extension): `name` is a path such as `body.email`. */
export interface InvalidParam {
  name: string;
  reason: string;
}

/**
 * An RFC 9457 problem+json answer of the API (any non-2xx), or a network failure (`status` 0). `detail` is
 * the human-readable sentence; `invalidParams` names the fields at fault.
 */
export class ApiProblem extends Error {
  readonly status: number;
  readonly detail: string;
  readonly invalidParams: InvalidParam[];
  /** The whole problem body, extensions included. */
  readonly body: Record<string, unknown>;

  constructor(status: number, detail: string, body: Record<string, unknown> = {}) {
    super(detail);
    this.name = 'ApiProblem';
    this.status = status;
    this.detail = detail;
    this.body = body;
    this.invalidParams = Array.isArray(body.invalid_params) ? (body.invalid_params as InvalidParam[]) : [];
  }

  /** The reason given for a parameter, matched by its last path segment (`email` finds `body.email`). */
  reasonFor(name: string): string | undefined {
    return this.invalidParams.find((p) => p.name === name || p.name.endsWith(`.${name}`))?.reason;
  }

  /**
   * The problems of a refused run command: `values.<field>` and `body.values.<field>` entries become field
   * problems, anything else one general problem with `detail`; both in plain words (plainText).
   */
  runProblems(): RunProblem[] {
    const fields = this.invalidParams
      .map((p) => ({ match: /(?:^|\.)values\.(.+)$/.exec(p.name), reason: p.reason }))
      .filter((p) => p.match)
      .map((p) => ({ field: p.match![1], message: plainText(p.reason) }));
    return fields.length > 0 ? fields : [{ message: plainText(this.detail) }];
  }
}

/** True when `e` is an {@link ApiProblem}. */
export function isApiProblem(e: unknown): e is ApiProblem {
  return e instanceof ApiProblem;
}
