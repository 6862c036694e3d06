import { and, asc, eq } from 'drizzle-orm';
import type { ProviderKind } from '../core/sidekicks.js';
import type { Db } from './client.js';
import { providerKeys } from './schema-sidekicks.js';

/**
 * The provider key repository: a tenant's sealed provider keys, one per provider (tenant-scoped; the sealed
 * secret is opened only by the service).
 */

export type ProviderKeyRecord = typeof providerKeys.$inferSelect;

/** A tenant's keys, by provider. */
export function listProviderKeys(db: Db, tenantId: string): Promise<ProviderKeyRecord[]> {
  return db
    .select()
    .from(providerKeys)
    .where(eq(providerKeys.tenantId, tenantId))
    .orderBy(asc(providerKeys.provider));
}

/** The tenant's key for a provider, or null. */
export async function getProviderKey(
  db: Db,
  tenantId: string,
  provider: ProviderKind,
): Promise<ProviderKeyRecord | null> {
  const [row] = await db
    .select()
    .from(providerKeys)
    .where(and(eq(providerKeys.tenantId, tenantId), eq(providerKeys.provider, provider)));
  return row ?? null;
}

/** Stores (or replaces) the tenant's key for a provider; a replaced key's test result is cleared. */
export async function upsertProviderKey(
  db: Db,
  input: {
    tenantId: string;
    provider: ProviderKind;
    secretSealed: string;
    baseUrl: string | null;
    hint: string;
  },
): Promise<ProviderKeyRecord> {
  const reset = { lastTestedAt: null, lastTestOk: null, lastTestMessage: null };
  const [row] = await db
    .insert(providerKeys)
    .values({ ...input, ...reset })
    .onConflictDoUpdate({
      target: [providerKeys.tenantId, providerKeys.provider],
      set: {
        secretSealed: input.secretSealed,
        baseUrl: input.baseUrl,
        hint: input.hint,
        ...reset,
        updatedAt: new Date(),
      },
    })
    .returning();
  return row!;
}

/** Records the outcome of a "Test key". */
export async function recordProviderKeyTest(
  db: Db,
  tenantId: string,
  provider: ProviderKind,
  outcome: { ok: boolean; message: string },
): Promise<ProviderKeyRecord | null> {
  const [row] = await db
    .update(providerKeys)
    .set({ lastTestedAt: new Date(), lastTestOk: outcome.ok, lastTestMessage: outcome.message })
    .where(and(eq(providerKeys.tenantId, tenantId), eq(providerKeys.provider, provider)))
    .returning();
  return row ?? null;
}

/** Deletes the tenant's key for a provider; false when there was none. */
export async function deleteProviderKey(db: Db, tenantId: string, provider: ProviderKind): Promise<boolean> {
  const rows = await db
    .delete(providerKeys)
    .where(and(eq(providerKeys.tenantId, tenantId), eq(providerKeys.provider, provider)))
    .returning({ provider: providerKeys.provider });
  return rows.length > 0;
}
