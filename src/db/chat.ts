import { and, asc, desc, eq, ilike } from 'drizzle-orm';
import type { Db } from './client.js';
import { chatMessages, chatThreads, promptVersions, type StoredCitation } from './schema-chat.js';
import { knowledgeChunks, knowledgeDocuments } from './schema-knowledge.js';
import { isUuid } from './webhooks.js';

/**
 * The chat repository: threads scoped to a tenant and a user (another user's or tenant's thread is never read,
 * changed or deleted) and their messages.
 */

export type ChatThreadRecord = typeof chatThreads.$inferSelect;
export type ChatMessageRecord = typeof chatMessages.$inferSelect;

/** Whose threads: the tenant and the user. */
export interface ThreadOwner {
  tenantId: string;
  userId: string;
}

/** Creates a thread of `owner` with a sidekick. */
export async function insertThread(
  db: Db,
  owner: ThreadOwner,
  sidekickId: string,
  title: string,
): Promise<ChatThreadRecord> {
  const [row] = await db
    .insert(chatThreads)
    .values({ ...owner, sidekickId, title })
    .returning();
  return row!;
}

/** The owner's threads with a sidekick, latest first; `search` keeps titles containing it (case-insensitive). */
export function listThreads(
  db: Db,
  owner: ThreadOwner,
  sidekickId: string | null,
  search?: string,
): Promise<ChatThreadRecord[]> {
  const conditions = [eq(chatThreads.tenantId, owner.tenantId), eq(chatThreads.userId, owner.userId)];
  if (sidekickId) conditions.push(eq(chatThreads.sidekickId, sidekickId));
  if (search) conditions.push(ilike(chatThreads.title, `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  return db
    .select()
    .from(chatThreads)
    .where(and(...conditions))
    .orderBy(desc(chatThreads.updatedAt), desc(chatThreads.id));
}

/** The owner's thread, or null (also for an id that is not a uuid). */
export async function getThread(db: Db, owner: ThreadOwner, id: string): Promise<ChatThreadRecord | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select()
    .from(chatThreads)
    .where(
      and(
        eq(chatThreads.id, id),
        eq(chatThreads.tenantId, owner.tenantId),
        eq(chatThreads.userId, owner.userId),
      ),
    );
  return row ?? null;
}

/** Renames the owner's thread; null when there is none. */
export async function renameThread(
  db: Db,
  owner: ThreadOwner,
  id: string,
  title: string,
): Promise<ChatThreadRecord | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .update(chatThreads)
    .set({ title, updatedAt: new Date() })
    .where(
      and(
        eq(chatThreads.id, id),
        eq(chatThreads.tenantId, owner.tenantId),
        eq(chatThreads.userId, owner.userId),
      ),
    )
    .returning();
  return row ?? null;
}

/** Deletes the owner's thread with its messages; whether there was one. */
export async function deleteThread(db: Db, owner: ThreadOwner, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const rows = await db
    .delete(chatThreads)
    .where(
      and(
        eq(chatThreads.id, id),
        eq(chatThreads.tenantId, owner.tenantId),
        eq(chatThreads.userId, owner.userId),
      ),
    )
    .returning({ id: chatThreads.id });
  return rows.length > 0;
}

/** A thread's messages, oldest first (the caller has checked the thread is the owner's). */
export function listMessages(db: Db, threadId: string): Promise<ChatMessageRecord[]> {
  return db
    .select()
    .from(chatMessages)
    .where(eq(chatMessages.threadId, threadId))
    .orderBy(asc(chatMessages.createdAt), asc(chatMessages.id));
}

/** Appends a message to a thread and marks the thread as updated now. */
export async function insertMessage(
  db: Db,
  thread: Pick<ChatThreadRecord, 'id' | 'tenantId'>,
  message: {
    role: 'user' | 'assistant';
    text: string;
    citations?: StoredCitation[];
    status?: 'complete' | 'interrupted';
  },
): Promise<ChatMessageRecord> {
  const [row] = await db
    .insert(chatMessages)
    .values({ threadId: thread.id, tenantId: thread.tenantId, ...message })
    .returning();
  await db.update(chatThreads).set({ updatedAt: new Date() }).where(eq(chatThreads.id, thread.id));
  return row!;
}

/** The active template of each of a sidekick's prompt layers that has one (`layer` → template). */
export async function activeTemplates(
  db: Db,
  tenantId: string,
  sidekickId: string,
): Promise<Record<string, string>> {
  const rows = await db
    .select({ layer: promptVersions.layer, template: promptVersions.template })
    .from(promptVersions)
    .where(
      and(
        eq(promptVersions.tenantId, tenantId),
        eq(promptVersions.sidekickId, sidekickId),
        eq(promptVersions.active, true),
      ),
    );
  return Object.fromEntries(rows.map((r) => [r.layer, r.template]));
}

/** A document of the tenant with its chunks in order (what the document view shows), or null. */
export async function documentWithChunks(
  db: Db,
  tenantId: string,
  documentId: string,
): Promise<{
  document: { id: string; sidekickId: string; title: string; pageCount: number | null };
  chunks: Array<{ page: number | null; text: string }>;
} | null> {
  if (!isUuid(documentId)) return null;
  const [document] = await db
    .select({
      id: knowledgeDocuments.id,
      sidekickId: knowledgeDocuments.sidekickId,
      title: knowledgeDocuments.title,
      pageCount: knowledgeDocuments.pageCount,
    })
    .from(knowledgeDocuments)
    .where(and(eq(knowledgeDocuments.id, documentId), eq(knowledgeDocuments.tenantId, tenantId)));
  if (!document) return null;
  const chunks = await db
    .select({ page: knowledgeChunks.page, text: knowledgeChunks.text })
    .from(knowledgeChunks)
    .where(and(eq(knowledgeChunks.documentId, documentId), eq(knowledgeChunks.tenantId, tenantId)))
    .orderBy(asc(knowledgeChunks.ordinal));
  return { document, chunks };
}
