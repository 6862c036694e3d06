import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, ownedBy, tenantIdColumn } from './columns.js';
import type { TenantBranding } from '../core/tenant-branding.js';

/**
 * Accounts: tenants ("clients" in the product brief), users, their roles per tenant, browser sessions and
 * server API keys. Passwords are argon2id hashes; API keys are stored as sha256 hashes of the key.
 */

export const TENANT_ROLES = ['owner', 'admin', 'member'] as const;
/** A user's role in one tenant. Superadmin is global, on the user. */
export type TenantRole = (typeof TENANT_ROLES)[number];

/**
 * A tenant. `id` is a short slug that never changes; `default` is created with the first account. `slug` is
 * its public URL slug (`/w/<slug>/<wizard slug>`), editable by owners; `branding` dresses its public pages.
 */
export const tenants = pgTable(
  'tenants',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    branding: jsonb('branding').$type<TenantBranding>().notNull().default({}),
    createdAt: createdAtColumn(),
  },
  (t) => [uniqueIndex('tenants_slug_key').on(t.slug)],
);

/** A person who signs in. `email` is stored lowercased; `password_hash` is an argon2id PHC string. */
export const users = pgTable(
  'users',
  {
    id: idColumn(),
    email: text('email').notNull(),
    name: text('name').notNull().default(''),
    passwordHash: text('password_hash').notNull(),
    isSuperadmin: boolean('is_superadmin').notNull().default(false),
    createdAt: createdAtColumn(),
  },
  (t) => [uniqueIndex('users_email_key').on(t.email)],
);

/** A user's membership of a tenant, with a role. */
export const memberships = pgTable(
  'memberships',
  {
    userId: ownedBy('user_id', () => users.id),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    role: text('role').$type<TenantRole>().notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.tenantId] }),
    index('memberships_tenant_idx').on(t.tenantId),
    check('memberships_role_check', sql`${t.role} in ('owner', 'admin', 'member')`),
  ],
);

/** A signed-in browser or API session: the JWT carries its id, so signing out revokes it. */
export const sessions = pgTable(
  'sessions',
  {
    id: idColumn(),
    userId: ownedBy('user_id', () => users.id),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    createdAt: createdAtColumn(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** An API key for servers, acting for `user_id` in `tenant_id` with `role`. Only the sha256 of the key is kept. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: idColumn(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    userId: ownedBy('user_id', () => users.id),
    name: text('name').notNull(),
    /** The key's first characters, shown in lists to tell keys apart. */
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull(),
    role: text('role').$type<TenantRole>().notNull(),
    createdAt: createdAtColumn(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('api_keys_hash_key').on(t.keyHash),
    index('api_keys_tenant_idx').on(t.tenantId),
    check('api_keys_role_check', sql`${t.role} in ('owner', 'admin', 'member')`),
  ],
);

/** A run a user starred into their store, with a note. */
export const savedRuns = pgTable(
  'saved_runs',
  {
    userId: ownedBy('user_id', () => users.id),
    runId: uuid('run_id').notNull(),
    tenantId: tenantIdColumn(),
    note: text('note').notNull().default(''),
    createdAt: createdAtColumn(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.runId] })],
);
