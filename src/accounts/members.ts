import { DomainError, notFoundError } from '../core/errors.js';
import type { Db } from '../db/client.js';
import {
  addMember,
  changeMember,
  createAccount,
  getMember,
  getUserByEmail,
  listAllUsers,
  listMembers,
  type Member,
  type TenantWithRole,
  type UserRecord,
} from '../db/accounts.js';
import type { Caller, TenantRole } from './roles.js';

/**
 * The users of a tenant and their roles, managed by its admins: only an owner (or a superadmin) grants, changes
 * or takes away the owner role, and a tenant always keeps one owner. A user of another tenant is reported like
 * a missing one (DomainError `not_found`, "user <id> was not found").
 */

function checkOwnerChange(caller: Caller, ...roles: Array<TenantRole | undefined>): void {
  if (roles.includes('owner') && caller.role !== 'owner' && !caller.superadmin)
    throw new DomainError('forbidden', 'only an owner may grant, change or remove the owner role');
}

async function requireMember(db: Db, tenantId: string, userId: string): Promise<Member> {
  const member = await getMember(db, tenantId, userId);
  if (!member) throw notFoundError(`user ${userId}`);
  return member;
}

/** The members of the tenant, by email. */
export function listTenantMembers(db: Db, tenantId: string): Promise<Member[]> {
  return listMembers(db, tenantId);
}

/**
 * Adds the user with this email to the caller's tenant with `role`, creating the account (with `password` and
 * `name`) when none has the email. Throws DomainError `forbidden` (owner role granted by a non-owner) and
 * `not_found` (no account and no password), ConflictError (already a member), DbError 400 (short password).
 */
export async function addTenantUser(
  db: Db,
  caller: Caller,
  input: { email: string; role: TenantRole; password?: string; name?: string },
): Promise<Member> {
  const { email, role, password, name } = input;
  checkOwnerChange(caller, role);
  const existing = await getUserByEmail(db, email);
  if (existing) return addMember(db, caller.tenantId, existing.id, role);
  if (!password)
    throw new DomainError(
      'not_found',
      `there is no account with the email ${email}; send a password to create one`,
    );
  const account = await createAccount(db, { email, password, name, tenant: caller.tenantId, role });
  return { ...account.user, role };
}

/**
 * Changes a member's role in the caller's tenant. Throws DomainError `not_found` and `forbidden` (the owner role
 * given or taken by a non-owner), ConflictError (the last owner).
 */
export async function changeMemberRole(
  db: Db,
  caller: Caller,
  userId: string,
  role: TenantRole,
): Promise<Member> {
  const member = await requireMember(db, caller.tenantId, userId);
  checkOwnerChange(caller, member.role, role);
  return (await changeMember(db, caller.tenantId, member.id, role))!;
}

/**
 * Removes a member from the caller's tenant (the account stays). Throws DomainError `not_found` and `forbidden`
 * (an owner removed by a non-owner), ConflictError (the last owner).
 */
export async function removeMember(db: Db, caller: Caller, userId: string): Promise<void> {
  const member = await requireMember(db, caller.tenantId, userId);
  checkOwnerChange(caller, member.role);
  await changeMember(db, caller.tenantId, member.id, null);
}

/** Every user of the installation by email, with their tenants and roles (the superadmin's view). */
export function listUsersWithTenants(db: Db): Promise<Array<UserRecord & { tenants: TenantWithRole[] }>> {
  return listAllUsers(db);
}
