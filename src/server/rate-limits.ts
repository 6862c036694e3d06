import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { HttpProblem } from './problem.js';

/** One limit of a route: at most `max` requests per minute for each key `key(request)` gives. */
export interface MinuteLimit {
  /** Names the limit in the 429 answer ("this run", "your address"). */
  what: string;
  max: number;
  key: (request: FastifyRequest) => string;
}

/**
 * A preHandler that applies several per-minute limits to one route, counted by @fastify/rate-limit's store
 * (`app.createRateLimit`; its route option applies only one limit per request). The limits are checked in
 * order and the first exceeded one answers 429 problem+json with Retry-After; a refused request is not
 * counted by the limits after it. Needs @fastify/rate-limit registered.
 */
export function minuteLimits(
  app: FastifyInstance,
  limits: readonly MinuteLimit[],
): preHandlerAsyncHookHandler {
  const checks = limits.map((limit) => ({
    ...limit,
    check: app.createRateLimit({ max: limit.max, timeWindow: 60_000, keyGenerator: limit.key }),
  }));
  return async (request) => {
    for (const { what, max, check } of checks) {
      const result = await check(request);
      if (!result.isAllowed && result.isExceeded) {
        const retryAfter = String(Math.max(1, result.ttlInSeconds));
        throw new HttpProblem(
          429,
          `too many requests for ${what} (at most ${max} a minute): try again in ${retryAfter} s`,
          {
            headers: { 'retry-after': retryAfter },
          },
        );
      }
    }
  };
}
