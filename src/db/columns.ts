import { text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * Column builders the tables share, each a function so that every table gets its own column. They produce
 * the same SQL as writing the column out.
 */

/** `id uuid primary key default gen_random_uuid()`. */
export const idColumn = () => uuid('id').primaryKey().defaultRandom();

/** `tenant_id text not null`: the tenant a row belongs to (every query filters on it). */
export const tenantIdColumn = () => text('tenant_id').notNull();

/** `created_at timestamptz not null default now()`. */
export const createdAtColumn = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/**
 * `<name> uuid not null references <parent> on delete cascade`: a row owned by its parent row, deleted with
 * it (e.g. `ownedBy('sidekick_id', () => sidekicks.id)`).
 */
export const ownedBy = (name: string, parent: () => AnyPgColumn) =>
  uuid(name).notNull().references(parent, { onDelete: 'cascade' });
