import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { TENANT_ROLES } from './schema-accounts.js';
import { apiKeys, memberships, sessions, users, type TenantRole } from './schema.js';

/**
 * Sessions (a signed-in browser or API client; the JWT carries the session id, so signing out revokes it) and
 * API keys (`gp_` + 32 random bytes, base64url; only their sha256 hex is stored).
 */

/** How long a session lasts, in milliseconds (30 days). */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** The user behind a valid credential. */
export interface CredentialUser {
  userId: string;
  email: string;
  superadmin: boolean;
}

/** A valid session and its user. */
export interface ActiveSession extends CredentialUser {
  sessionId: string;
  /** The tenant the session acts in (switch-tenant changes it). */
  tenantId: string;
  expiresAt: Date;
}

/** Creates a session for the user, acting in `tenantId`, valid for `ttlMs`. Returns its id and expiry. */
export async function createSession(
  db: Db,
  userId: string,
  tenantId: string,
  ttlMs: number = SESSION_TTL_MS,
): Promise<{ id: string; expiresAt: Date }> {
  const expiresAt = new Date(Date.now() + ttlMs);
  const [row] = await db
    .insert(sessions)
    .values({ userId, tenantId, expiresAt })
    .returning({ id: sessions.id, expiresAt: sessions.expiresAt });
  return row!;
}

/** The session with this id when it exists, is not revoked and has not expired; otherwise null. */
export async function findActiveSession(db: Db, sessionId: string): Promise<ActiveSession | null> {
  if (!UUID.test(sessionId)) return null;
  const [row] = await db
    .select({
      sessionId: sessions.id,
      tenantId: sessions.tenantId,
      expiresAt: sessions.expiresAt,
      userId: users.id,
      email: users.email,
      superadmin: users.isSuperadmin,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt), gt(sessions.expiresAt, new Date())));
  return row ?? null;
}

/** Revokes a session (sign-out). Idempotent. */
export async function revokeSession(db: Db, sessionId: string): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Makes `tenantId` the session's active tenant (the caller checks that the user may act there). */
export async function setSessionTenant(db: Db, sessionId: string, tenantId: string): Promise<void> {
  await db.update(sessions).set({ tenantId }).where(eq(sessions.id, sessionId));
}

/** The active tenant of the user's most recent session (sign-in resumes there), or null. */
export async function lastSessionTenant(db: Db, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ tenantId: sessions.tenantId })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(desc(sessions.createdAt))
    .limit(1);
  return row?.tenantId ?? null;
}

/** An API key as lists show it: never the key itself, only its first characters. */
export interface ApiKeySummary {
  id: string;
  name: string;
  prefix: string;
  role: TenantRole;
  userId: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const summaryColumns = {
  id: apiKeys.id,
  name: apiKeys.name,
  prefix: apiKeys.prefix,
  role: apiKeys.role,
  userId: apiKeys.userId,
  createdAt: apiKeys.createdAt,
  lastUsedAt: apiKeys.lastUsedAt,
  revokedAt: apiKeys.revokedAt,
};

/** The sha256 hex of an API key, as stored. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Whether a bearer token looks like an API key (rather than a session token). */
export function isApiKey(token: string): boolean {
  return token.startsWith('gp_');
}

/**
 * Creates an API key acting for `userId` in `tenantId` with `role`. Returns the key (shown once; only its
 * hash is kept) and its summary.
 */
export async function createApiKey(
  db: Db,
  input: { tenantId: string; userId: string; name: string; role: TenantRole },
): Promise<{ key: string; summary: ApiKeySummary }> {
  const key = `gp_${randomBytes(32).toString('base64url')}`;
  const [row] = await db
    .insert(apiKeys)
    .values({ ...input, prefix: key.slice(0, 10), keyHash: hashApiKey(key) })
    .returning(summaryColumns);
  return { key, summary: row! };
}

/** The tenant's API keys, newest first, revoked ones included. */
export async function listApiKeys(db: Db, tenantId: string): Promise<ApiKeySummary[]> {
  return db
    .select(summaryColumns)
    .from(apiKeys)
    .where(eq(apiKeys.tenantId, tenantId))
    .orderBy(desc(apiKeys.createdAt));
}

/** Revokes the tenant's API key; false when the tenant has no key with this id. Idempotent. */
export async function revokeApiKey(db: Db, tenantId: string, keyId: string): Promise<boolean> {
  if (!UUID.test(keyId)) return false;
  const rows = await db
    .update(apiKeys)
    .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, now())` })
    .where(and(eq(apiKeys.id, keyId), eq(apiKeys.tenantId, tenantId)))
    .returning({ id: apiKeys.id });
  return rows.length > 0;
}

/**
 * The key's tenant, role and user when the key exists, is not revoked, and its user still belongs to the
 * tenant (or is a superadmin); otherwise null. The key acts with the lower of its own role and its user's
 * current role in the tenant (a superadmin without a membership counts as owner), never as a superadmin.
 * Records the use (`last_used_at`, at most once a minute).
 */
export async function findActiveApiKey(
  db: Db,
  key: string,
): Promise<(CredentialUser & { keyId: string; tenantId: string; role: TenantRole }) | null> {
  const [row] = await db
    .select({
      keyId: apiKeys.id,
      tenantId: apiKeys.tenantId,
      role: apiKeys.role,
      userId: users.id,
      email: users.email,
      superadmin: users.isSuperadmin,
      member: memberships.role,
    })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .leftJoin(
      memberships,
      and(eq(memberships.userId, apiKeys.userId), eq(memberships.tenantId, apiKeys.tenantId)),
    )
    .where(and(eq(apiKeys.keyHash, hashApiKey(key)), isNull(apiKeys.revokedAt)));
  if (!row || (!row.member && !row.superadmin)) return null;
  const minuteAgo = new Date(Date.now() - 60_000);
  await db
    .update(apiKeys)
    .set({ lastUsedAt: new Date() })
    .where(and(eq(apiKeys.id, row.keyId), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, minuteAgo))));
  return {
    keyId: row.keyId,
    tenantId: row.tenantId,
    role: lowerRole(row.role, row.member ?? 'owner'),
    userId: row.userId,
    email: row.email,
    superadmin: false,
  };
}

/** The less powerful of two roles (TENANT_ROLES runs from most to least powerful). */
function lowerRole(a: TenantRole, b: TenantRole): TenantRole {
  return TENANT_ROLES.indexOf(a) > TENANT_ROLES.indexOf(b) ? a : b;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
