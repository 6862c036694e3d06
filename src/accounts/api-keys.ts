import { DomainError, notFoundError } from '../core/errors.js';
import type { Db } from '../db/client.js';
import { createApiKey, listApiKeys, revokeApiKey, type ApiKeySummary } from '../db/credentials.js';
import { ROLE_RANK, type Caller, type TenantRole } from './roles.js';

/**
 * API keys of a tenant, for servers: a key acts for the user who made it, in its tenant, with its role. Only the
 * key's sha256 is stored, so the key is shown once, when it is created.
 */

/**
 * Creates a key acting for the caller in their tenant with `role`, which cannot exceed the caller's (unless a
 * superadmin). Returns the key and its summary. Throws DomainError `forbidden` when the role is too high.
 */
export async function createTenantApiKey(
  db: Db,
  caller: Caller,
  input: { name: string; role: TenantRole },
): Promise<{ key: string; summary: ApiKeySummary }> {
  if (!caller.superadmin && ROLE_RANK[input.role] > ROLE_RANK[caller.role])
    throw new DomainError('forbidden', `a key's role cannot exceed yours (${caller.role})`);
  return createApiKey(db, { tenantId: caller.tenantId, userId: caller.userId, ...input });
}

/** The tenant's keys (never the keys themselves), newest first, revoked ones included. */
export function listTenantApiKeys(db: Db, tenantId: string): Promise<ApiKeySummary[]> {
  return listApiKeys(db, tenantId);
}

/** Revokes the tenant's key (idempotent). Throws DomainError `not_found` ("API key <id> was not found"). */
export async function revokeTenantApiKey(db: Db, tenantId: string, keyId: string): Promise<void> {
  if (!(await revokeApiKey(db, tenantId, keyId))) throw notFoundError(`API key ${keyId}`);
}
