import type { preHandlerAsyncHookHandler } from 'fastify';
import type { TenantRole } from '../../accounts/index.js';

export { ROLE_RANK } from '../../accounts/index.js';

/**
 * Who is calling: a signed-in user (session cookie or bearer session token) or a server (API key), acting in
 * one tenant with one role there. Superadmins pass every role check, in every tenant they act in.
 */
export interface Principal {
  userId: string;
  email: string;
  /** The tenant the caller acts in: every query is scoped to it. */
  tenantId: string;
  role: TenantRole;
  superadmin: boolean;
  via: 'session' | 'api_key';
  /** The session's id (sign-out revokes it); absent for API keys. */
  sessionId?: string;
  /** The API key's id; absent for sessions. */
  apiKeyId?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller, or null when anonymous (set by the auth plugin on every request). */
    principal: Principal | null;
  }
  interface FastifyInstance {
    /** Route hook (onRequest or preHandler; onRequest answers before the body is parsed): 401 when anonymous. */
    authenticate: preHandlerAsyncHookHandler;
    /** Route hook: 401 when anonymous, 403 when the caller's role in the tenant is below `minRole`. */
    authorize(minRole: TenantRole): preHandlerAsyncHookHandler;
    /** Route hook: 401 when anonymous, 403 unless the caller is a superadmin. */
    requireSuperadmin: preHandlerAsyncHookHandler;
  }
}

/** The principal of an authenticated request; throws when used on a route without `authenticate`. */
export function principalOf(request: { principal: Principal | null }): Principal {
  if (!request.principal) throw new Error('principalOf on an anonymous request: add app.authenticate');
  return request.principal;
}
