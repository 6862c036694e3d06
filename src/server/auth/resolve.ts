import type { FastifyInstance, FastifyRequest } from 'fastify';
import { getRole, getTenant, listUserTenants } from '../../db/accounts.js';
import { findActiveApiKey, findActiveSession, isApiKey } from '../../db/credentials.js';
import { HttpProblem } from '../problem.js';
import type { Principal } from './principal.js';

/** The name of the session cookie (httpOnly, SameSite=Lax). */
export const SESSION_COOKIE = 'guidepost_session';
/** The header that selects the tenant to act in, for users of several tenants. */
export const TENANT_HEADER = 'x-tenant-id';

/** What a session JWT carries: the session id. */
export interface SessionClaims {
  sid: string;
}

function bearerToken(request: FastifyRequest): string | null | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1]! : null;
}

/** The session id of a signed, unexpired session JWT, or null. */
export function sessionIdOf(app: FastifyInstance, token: string): string | null {
  try {
    const claims = app.jwt.verify<SessionClaims>(token);
    return typeof claims.sid === 'string' ? claims.sid : null;
  } catch {
    return null;
  }
}

/**
 * Works out who is calling: an `Authorization: Bearer` API key (`gp_…`) or session token, else the session
 * cookie. A missing, invalid, expired or revoked credential gives null (anonymous), never an error. For a
 * session, the tenant is `X-Tenant-Id` when given, else the session's; the role is the user's membership
 * there (a superadmin without one acts as owner); a user removed from the session's tenant acts in another.
 * Throws HttpProblem 403 when `X-Tenant-Id` names a tenant the user does not belong to (the same answer
 * whether or not it exists; for a superadmin, 404 when it does not exist).
 */
export async function resolvePrincipal(
  app: FastifyInstance,
  request: FastifyRequest,
): Promise<Principal | null> {
  const db = app.database.db;
  const bearer = bearerToken(request);
  if (bearer === null) return null;
  if (bearer && isApiKey(bearer)) {
    const key = await findActiveApiKey(db, bearer);
    if (!key) return null;
    return {
      userId: key.userId,
      email: key.email,
      tenantId: key.tenantId,
      role: key.role,
      superadmin: false,
      via: 'api_key',
      apiKeyId: key.keyId,
    };
  }
  const token = bearer ?? request.cookies?.[SESSION_COOKIE];
  if (!token) return null;
  const sessionId = sessionIdOf(app, token);
  const session = sessionId ? await findActiveSession(db, sessionId) : null;
  if (!session) return null;
  const header = request.headers[TENANT_HEADER];
  const wanted = typeof header === 'string' && header.trim() ? header.trim() : null;
  let tenantId = wanted ?? session.tenantId;
  let role = await getRole(db, session.userId, tenantId);
  if (!role && session.superadmin) {
    if (!(await getTenant(db, tenantId))) throw new HttpProblem(404, `tenant ${tenantId} was not found`);
    role = 'owner';
  }
  if (!role && wanted) throw new HttpProblem(403, `you are not a member of tenant ${wanted}`);
  if (!role) {
    // Removed from the session's tenant: act in another of the user's tenants, if any.
    const other = (await listUserTenants(db, session.userId))[0];
    if (!other) return null;
    [tenantId, role] = [other.id, other.role];
  }
  return {
    userId: session.userId,
    email: session.email,
    tenantId,
    role,
    superadmin: session.superadmin,
    via: 'session',
    sessionId: session.sessionId,
  };
}
