import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { RunAccess } from '../../../runs/run-records.js';
import type { Principal } from '../../auth/principal.js';
import { HttpProblem } from '../../problem.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The run of a `/runs/:id/…` route and how the caller reached it (set by `runAccessHook`). */
    runAccess: RunAccess | null;
  }
}

/**
 * The header that carries a run token: a capability for that one run (see RunRecords.authorize). The live
 * endpoints also take it as `?run_token=`, since browsers cannot set headers on a WebSocket or an EventSource.
 */
export const RUN_TOKEN_HEADER = 'x-run-token';

/** The caller, or null (anonymous, or no auth plugin registered). */
export function callerOf(request: FastifyRequest): Principal | null {
  return request.principal ?? null;
}

/** Rate-limit key of run routes: the signed-in user, else the client address. */
export function rateKey(request: FastifyRequest): string {
  const principal = callerOf(request);
  return principal ? `user:${principal.userId}` : `ip:${request.ip}`;
}

/**
 * Route config of a per-caller limit: at most `max` requests a minute per caller (see rateKey), counted in the
 * preHandler phase, so after the route's own preHandlers (run access, role). Needs @fastify/rate-limit.
 */
export function callerRateLimit(max: number) {
  return {
    rateLimit: { max, timeWindow: '1 minute', hook: 'preHandler' as const, keyGenerator: rateKey },
  };
}

/**
 * preHandler of `/runs/:id/…` routes: checks the caller's session or run token (see RunRecords.authorize:
 * 401 without credentials, 404 when they do not open the run) and keeps the result in `request.runAccess`.
 * With `queryToken`, `?run_token=` is accepted too (live endpoints). With `heldRow` (the form's commands,
 * decided by the run engine alone) the runs row this process holds is used when it is current
 * (RunService.known): a command decided on a row a moment behind clashes at the append and is decided again.
 * Other routes always read the row.
 */
export function runAccessHook(
  app: FastifyInstance,
  options: { queryToken?: boolean; heldRow?: boolean } = {},
) {
  return async (request: FastifyRequest): Promise<void> => {
    const id = (request.params as { id: string }).id;
    const header = request.headers[RUN_TOKEN_HEADER];
    const query = options.queryToken ? (request.query as { run_token?: string }).run_token : undefined;
    const token = (typeof header === 'string' && header !== '' ? header : undefined) ?? query;
    const known = options.heldRow ? app.runs.known(id) : null;
    request.runAccess = await app.runRecords.authorize(id, { caller: callerOf(request), token }, known);
  };
}

/** The access established by runAccessHook (throws when the route forgot the hook). */
export function accessOf(request: FastifyRequest): RunAccess {
  if (!request.runAccess) throw new Error('runAccessHook is missing on this route');
  return request.runAccess;
}

/**
 * preHandler: the auth plugin's `authorize(minRole)` (or `authenticate`), looked up when the request comes
 * so the order of plugin registration does not matter; 401 while no auth plugin is registered.
 */
export function requireRole(app: FastifyInstance, minRole?: Principal['role']): preHandlerAsyncHookHandler {
  let handler: preHandlerAsyncHookHandler | undefined;
  return async function (request, reply) {
    if (!handler) {
      if (!app.hasDecorator('authenticate')) throw new HttpProblem(401, 'sign in to use this route');
      handler = minRole ? app.authorize(minRole) : app.authenticate;
    }
    await handler.call(app, request, reply);
  };
}

/** The signed-in caller of a route guarded by `requireRole`; a run token is not enough there. */
export function signedIn(request: FastifyRequest): Principal {
  const principal = callerOf(request);
  if (!principal) throw new HttpProblem(401, 'sign in to use this route');
  return principal;
}
