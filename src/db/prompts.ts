import { and, desc, eq, max } from 'drizzle-orm';
import type { Db } from './client.js';
import { promptVersions } from './schema-chat.js';

/** The prompt-version repository: tenant- and sidekick-scoped versions of prompt layers. */

export type PromptVersionRecord = typeof promptVersions.$inferSelect;

/** Whose prompts: the tenant and the sidekick (the caller has checked the sidekick is the tenant's). */
export interface PromptScope {
  tenantId: string;
  sidekickId: string;
}

/** A sidekick's versions, newest first. */
export function listPromptVersions(db: Db, scope: PromptScope): Promise<PromptVersionRecord[]> {
  return db
    .select()
    .from(promptVersions)
    .where(and(eq(promptVersions.tenantId, scope.tenantId), eq(promptVersions.sidekickId, scope.sidekickId)))
    .orderBy(promptVersions.layer, desc(promptVersions.number));
}

/** Saves a new version of a layer, numbered after the last one, active when `activate`. */
export function insertPromptVersion(
  db: Db,
  scope: PromptScope,
  version: { layer: string; template: string; note: string; author: string | null; activate: boolean },
): Promise<PromptVersionRecord> {
  return db.transaction(async (tx) => {
    const [last] = await tx
      .select({ n: max(promptVersions.number) })
      .from(promptVersions)
      .where(and(eq(promptVersions.sidekickId, scope.sidekickId), eq(promptVersions.layer, version.layer)));
    if (version.activate) await deactivate(tx, scope, version.layer);
    const [row] = await tx
      .insert(promptVersions)
      .values({
        ...scope,
        layer: version.layer,
        number: (last?.n ?? 0) + 1,
        template: version.template,
        note: version.note,
        author: version.author,
        active: version.activate,
      })
      .returning();
    return row!;
  });
}

/** Makes one version of a layer the active one; null when there is no such version. */
export function activatePromptVersion(
  db: Db,
  scope: PromptScope,
  layer: string,
  number: number,
): Promise<PromptVersionRecord | null> {
  return db.transaction(async (tx) => {
    const where = and(
      eq(promptVersions.tenantId, scope.tenantId),
      eq(promptVersions.sidekickId, scope.sidekickId),
      eq(promptVersions.layer, layer),
      eq(promptVersions.number, number),
    );
    const [exists] = await tx.select({ id: promptVersions.id }).from(promptVersions).where(where);
    if (!exists) return null;
    await deactivate(tx, scope, layer);
    const [row] = await tx.update(promptVersions).set({ active: true }).where(where).returning();
    return row ?? null;
  });
}

async function deactivate(db: Db, scope: PromptScope, layer: string): Promise<void> {
  await db
    .update(promptVersions)
    .set({ active: false })
    .where(
      and(
        eq(promptVersions.tenantId, scope.tenantId),
        eq(promptVersions.sidekickId, scope.sidekickId),
        eq(promptVersions.layer, layer),
        eq(promptVersions.active, true),
      ),
    );
}
