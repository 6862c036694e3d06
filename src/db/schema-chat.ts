import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, ownedBy, tenantIdColumn } from './columns.js';
import { sidekicks } from './schema-sidekicks.js';

/**
 * Tables of talking to a sidekick: chat threads (one user's conversation with one sidekick), their messages with
 * the citations each answer used, and the versions of the sidekick's prompt layers.
 */

/** A passage an answer cites: the document, its title, the 1-based page (null without pages) and the quote. */
export interface StoredCitation {
  document_id: string;
  title: string;
  page: number | null;
  quote: string;
}

/** A thread of one user (`user_id`, the principal's id) with one sidekick of a tenant. */
export const chatThreads = pgTable(
  'chat_threads',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    sidekickId: ownedBy('sidekick_id', () => sidekicks.id),
    userId: text('user_id').notNull(),
    title: text('title').notNull(),
    createdAt: createdAtColumn(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('chat_threads_owner_idx').on(t.tenantId, t.sidekickId, t.userId, t.updatedAt)],
);

/**
 * A message of a thread: the user's question or the sidekick's answer. `status` is `complete`, or `interrupted`
 * when the client went away before the answer was finished (the answer is still stored whole).
 */
export const chatMessages = pgTable(
  'chat_messages',
  {
    id: idColumn(),
    threadId: ownedBy('thread_id', () => chatThreads.id),
    tenantId: tenantIdColumn(),
    role: text('role').$type<'user' | 'assistant'>().notNull(),
    text: text('text').notNull(),
    citations: jsonb('citations').$type<StoredCitation[]>().notNull().default([]),
    status: text('status').$type<'complete' | 'interrupted'>().notNull().default('complete'),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index('chat_messages_thread_idx').on(t.threadId, t.createdAt),
    check('chat_messages_role_check', sql`${t.role} in ('user', 'assistant')`),
    check('chat_messages_status_check', sql`${t.status} in ('complete', 'interrupted')`),
  ],
);

/**
 * A version of one of a sidekick's prompt layers (`system`, `rag`, `user`, `judge`): a liquid template, numbered
 * from 1 per layer, with its author and note. At most one version per layer is active.
 */
export const promptVersions = pgTable(
  'prompt_versions',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    sidekickId: ownedBy('sidekick_id', () => sidekicks.id),
    layer: text('layer').notNull(),
    number: integer('number').notNull(),
    template: text('template').notNull(),
    note: text('note').notNull().default(''),
    author: text('author'),
    active: boolean('active').notNull().default(false),
    createdAt: createdAtColumn(),
  },
  (t) => [
    uniqueIndex('prompt_versions_number_key').on(t.sidekickId, t.layer, t.number),
    uniqueIndex('prompt_versions_active_key')
      .on(t.sidekickId, t.layer)
      .where(sql`${t.active}`),
    check('prompt_versions_layer_check', sql`${t.layer} in ('system', 'rag', 'user', 'judge')`),
  ],
);
