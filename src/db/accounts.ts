import { hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';
import { and, asc, count, eq, getTableColumns, sql } from 'drizzle-orm';
import slugify from 'slugify';
import { z } from 'zod';
import type { Db } from './client.js';
import { ConflictError, DbError, NotFoundError, sqlState, UNIQUE_VIOLATION } from './errors.js';
import { DEFAULT_TENANT, memberships, tenants, users, type TenantRole } from './schema.js';

/**
 * The accounts service: users (argon2id password hashes), tenants and memberships with roles. Used by the
 * HTTP routes and by `guidepost user create`. Emails are stored lowercased and trimmed.
 */

/** A users row without its password hash. */
export type UserRecord = Omit<typeof users.$inferSelect, 'passwordHash'>;
/** A tenant as a member sees it: id, name and the member's role there. */
export interface TenantWithRole {
  id: string;
  name: string;
  role: TenantRole;
}

/** Shortest accepted password, in characters. */
export const MIN_PASSWORD_LENGTH = 10;

// eslint-disable-next-line @typescript-eslint/no-unused-vars
const { passwordHash: _omit, ...userColumns } = getTableColumns(users);
// A hash of a random password: signing in with an unknown email still costs one argon2 verification.
let dummyHash: Promise<string> | undefined;

/** Lowercases and trims an email address. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** An argon2id PHC string of the password (argon2id is @node-rs/argon2's default algorithm). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export interface CreateAccountInput {
  email: string;
  password: string;
  name?: string;
  /** Make the user a superadmin (CLI only). */
  superadmin?: boolean;
  /** Join this existing tenant with `role`; otherwise a new tenant is created with the user as owner. */
  tenant?: string;
  /** The role in `tenant`; default owner. */
  role?: TenantRole;
  /** The name of the new tenant; default "<name>'s workspace". */
  tenantName?: string;
}

/** What createAccount made: the user, the tenant they act in first, and their role there. */
export interface CreatedAccount {
  user: UserRecord;
  tenant: TenantWithRole;
  /** True when this was the installation's first account (which becomes superadmin and owner of `default`). */
  first: boolean;
}

/**
 * Creates a user. The first account on an empty installation becomes a superadmin and owner of the `default`
 * tenant; later accounts join `input.tenant` (with `input.role`) or get a new tenant of their own as owner.
 * Serialised by an advisory lock so two concurrent first sign-ups cannot both become superadmin.
 * Throws DbError 400 (password shorter than MIN_PASSWORD_LENGTH, not an e-mail address), ConflictError (the email is taken),
 * NotFoundError (`input.tenant` does not exist).
 */
export async function createAccount(db: Db, input: CreateAccountInput): Promise<CreatedAccount> {
  if (input.password.length < MIN_PASSWORD_LENGTH)
    throw new DbError(`the password must be at least ${MIN_PASSWORD_LENGTH} characters`, {
      code: 'bad_request',
    });
  const email = normaliseEmail(input.email);
  if (!z.email().safeParse(email).success)
    throw new DbError(`"${input.email}" is not an e-mail address`, { code: 'bad_request' });
  const passwordHash = await hashPassword(input.password);
  const name = input.name?.trim() || email.split('@')[0]!;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('guidepost.accounts'))`);
    const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(users);
    const first = n === 0;
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (taken) throw new ConflictError(`an account with the email ${email} already exists`);
    const [user] = await tx
      .insert(users)
      .values({ email, name, passwordHash, isSuperadmin: first || (input.superadmin ?? false) })
      .returning(userColumns);
    let tenant: { id: string; name: string };
    let role: TenantRole = 'owner';
    if (first || input.tenant) {
      const id = first ? DEFAULT_TENANT : input.tenant!;
      const [row] = await tx
        .select({ id: tenants.id, name: tenants.name })
        .from(tenants)
        .where(eq(tenants.id, id));
      if (!row) throw new NotFoundError(`tenant ${id}`);
      tenant = row;
      if (!first) role = input.role ?? 'owner';
    } else {
      tenant = await insertTenant(tx, { name: input.tenantName?.trim() || `${name}'s workspace` });
    }
    await tx.insert(memberships).values({ userId: user!.id, tenantId: tenant.id, role });
    return { user: user!, tenant: { ...tenant, role }, first };
  });
}

/**
 * The user with this email and password, or null when either is wrong. Always runs one argon2 verification,
 * so the answer takes as long for an unknown email as for a wrong password.
 */
export async function verifyCredentials(db: Db, email: string, password: string): Promise<UserRecord | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(users.email, normaliseEmail(email)));
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const ok = await verify(row?.passwordHash ?? (await dummyHash), password).catch(() => false);
  if (!row || !ok) return null;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { passwordHash, ...user } = row;
  return user;
}

/** Whether any account exists (`guidepost serve` says how to create the first one when none does). */
export async function hasAnyUser(db: Db): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).limit(1);
  return rows.length > 0;
}

/** The user with this id, or null. */
export async function getUser(db: Db, userId: string): Promise<UserRecord | null> {
  if (!UUID.test(userId)) return null;
  const [row] = await db.select(userColumns).from(users).where(eq(users.id, userId));
  return row ?? null;
}

/** The user with this email, or null. */
export async function getUserByEmail(db: Db, email: string): Promise<UserRecord | null> {
  const [row] = await db
    .select(userColumns)
    .from(users)
    .where(eq(users.email, normaliseEmail(email)));
  return row ?? null;
}

/** Every user of the installation, by email (superadmin view). */
export async function listAllUsers(db: Db): Promise<Array<UserRecord & { tenants: TenantWithRole[] }>> {
  const rows = await db.select(userColumns).from(users).orderBy(asc(users.email));
  const all = await db
    .select({ userId: memberships.userId, id: tenants.id, name: tenants.name, role: memberships.role })
    .from(memberships)
    .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
    .orderBy(asc(tenants.name));
  return rows.map((user) => ({
    ...user,
    tenants: all.filter((m) => m.userId === user.id).map(({ id, name, role }) => ({ id, name, role })),
  }));
}

/** The tenants the user belongs to, with their role in each, by name. */
export async function listUserTenants(db: Db, userId: string): Promise<TenantWithRole[]> {
  return db
    .select({ id: tenants.id, name: tenants.name, role: memberships.role })
    .from(memberships)
    .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(tenants.name), asc(tenants.id));
}

/** The tenant with this id, or null. */
export async function getTenant(db: Db, tenantId: string): Promise<{ id: string; name: string } | null> {
  const [row] = await db
    .select({ id: tenants.id, name: tenants.name })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  return row ?? null;
}

/** The user's role in the tenant, or null when they are not a member. */
export async function getRole(db: Db, userId: string, tenantId: string): Promise<TenantRole | null> {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.tenantId, tenantId)));
  return row?.role ?? null;
}

/**
 * Creates a tenant. `id` (a slug) defaults to the slugified name plus a random suffix; `ownerId`, when given,
 * becomes its owner. Throws ConflictError when the id is taken.
 */
export async function createTenant(
  db: Db,
  input: { id?: string; name: string },
  ownerId?: string,
): Promise<{ id: string; name: string }> {
  return db.transaction(async (tx) => {
    const tenant = await insertTenant(tx, input);
    if (ownerId) await tx.insert(memberships).values({ userId: ownerId, tenantId: tenant.id, role: 'owner' });
    return tenant;
  });
}

/** `wanted` when no tenant has that URL slug yet, else `wanted` plus a random suffix. */
async function freeTenantSlug(db: Db, wanted: string): Promise<string> {
  const [taken] = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, wanted));
  return taken ? `${wanted.slice(0, 50)}-${randomBytes(3).toString('hex')}` : wanted;
}

async function insertTenant(
  db: Db,
  input: { id?: string; name: string },
): Promise<{ id: string; name: string }> {
  const base = slugify(input.name, { lower: true, strict: true, trim: true }).slice(0, 40) || 'tenant';
  const id = input.id ?? `${base}-${randomBytes(3).toString('hex')}`;
  const slug = await freeTenantSlug(db, input.id ?? (base.length >= 2 ? base : `${base}-workspace`));
  try {
    const [row] = await db
      .insert(tenants)
      .values({ id, name: input.name, slug })
      .returning({ id: tenants.id, name: tenants.name });
    return row!;
  } catch (error) {
    if (sqlState(error) === UNIQUE_VIOLATION)
      throw new ConflictError(`a tenant with the id ${id} already exists`, error);
    throw error;
  }
}

/** A member of a tenant: the user and their role. */
export type Member = UserRecord & { role: TenantRole };

/** The members of a tenant, by email. */
export async function listMembers(db: Db, tenantId: string): Promise<Member[]> {
  return db
    .select({ ...userColumns, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.tenantId, tenantId))
    .orderBy(asc(users.email));
}

/** The member of the tenant with this user id, or null (also for users of other tenants). */
export async function getMember(db: Db, tenantId: string, userId: string): Promise<Member | null> {
  if (!UUID.test(userId)) return null;
  const [row] = await db
    .select({ ...userColumns, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId)));
  return row ?? null;
}

/** Adds an existing user to the tenant with a role. Throws ConflictError when they already belong to it. */
export async function addMember(db: Db, tenantId: string, userId: string, role: TenantRole): Promise<Member> {
  try {
    await db.insert(memberships).values({ tenantId, userId, role });
  } catch (error) {
    if (sqlState(error) === UNIQUE_VIOLATION)
      throw new ConflictError('that user already belongs to this tenant', error);
    throw error;
  }
  return (await getMember(db, tenantId, userId))!;
}

/**
 * Changes a member's role, or removes the member (`role` null). Refuses to leave the tenant without an owner.
 * Throws NotFoundError (not a member of this tenant) and ConflictError (the last owner).
 */
export async function changeMember(
  db: Db,
  tenantId: string,
  userId: string,
  role: TenantRole | null,
): Promise<Member | null> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select 1 from ${memberships} where ${memberships.tenantId} = ${tenantId} for update`,
    );
    const member = await getMember(tx, tenantId, userId);
    if (!member) throw new NotFoundError(`user ${userId}`);
    if (member.role === 'owner' && role !== 'owner') {
      const [{ n } = { n: 0 }] = await tx
        .select({ n: count() })
        .from(memberships)
        .where(and(eq(memberships.tenantId, tenantId), eq(memberships.role, 'owner')));
      if (n <= 1)
        throw new ConflictError('this is the last owner of the tenant: make someone else owner first');
    }
    const where = and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId));
    if (role === null) {
      await tx.delete(memberships).where(where);
      return null;
    }
    await tx.update(memberships).set({ role }).where(where);
    return { ...member, role };
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
