import { ConflictError } from '../db/errors.js';
import { DomainError } from '../core/errors.js';
import type { Db } from '../db/client.js';
import {
  createAccount,
  getTenant,
  getUser,
  listUserTenants,
  updateAccount,
  verifyCredentials,
  type AccountChange,
  type TenantWithRole,
  type UserRecord,
} from '../db/accounts.js';
import { createSession, lastSessionTenant, revokeSession, setSessionTenant } from '../db/credentials.js';
import type { Caller, TenantRole } from './roles.js';

/**
 * Signing up, in and out, and the caller's view of their account. A session is a row whose id the transport
 * carries (the HTTP API signs it into a JWT); revoking it signs out.
 */

export { MIN_PASSWORD_LENGTH } from '../db/accounts.js';
export { SESSION_TTL_MS } from '../db/credentials.js';

/** A new session: the user, the tenant it acts in with the user's role there, and the session's id. */
export interface SignedIn {
  user: UserRecord;
  tenant: TenantWithRole;
  sessionId: string;
}

/**
 * Creates an account and a session in its tenant: the installation's first account becomes superadmin and
 * owner of `default`, later ones own a new tenant named `tenantName` (default "<name>'s workspace").
 * Throws DbError 400 (short password, not an e-mail address) and ConflictError (the email is taken).
 */
export async function signUp(
  db: Db,
  input: { email: string; password: string; name: string; tenantName?: string },
): Promise<SignedIn> {
  const { user, tenant } = await createAccount(db, input).catch((error: unknown) => {
    // The same words whoever owns the email, so the answer does not confirm who is registered.
    if (ConflictError.isInstance(error))
      throw new DomainError('conflict', 'no account was created: if you already have one, sign in instead');
    throw error;
  });
  const session = await createSession(db, user.id, tenant.id);
  return { user, tenant, sessionId: session.id };
}

/**
 * Checks the email and password and opens a session in the tenant of the user's last session, else their
 * first tenant by name. Throws DomainError `unauthenticated` (the email or the password is wrong) and
 * `forbidden` (the account belongs to no tenant).
 */
export async function signIn(db: Db, email: string, password: string): Promise<SignedIn> {
  const user = await verifyCredentials(db, email, password);
  if (!user) throw new DomainError('unauthenticated', 'the email or the password is wrong');
  const tenants = await listUserTenants(db, user.id);
  const last = await lastSessionTenant(db, user.id);
  const tenant = tenants.find((t) => t.id === last) ?? tenants[0];
  if (!tenant)
    throw new DomainError('forbidden', 'this account belongs to no tenant; ask an admin to add it to one');
  const session = await createSession(db, user.id, tenant.id);
  return { user, tenant, sessionId: session.id };
}

/** Revokes a session (idempotent). */
export async function signOut(db: Db, sessionId: string): Promise<void> {
  await revokeSession(db, sessionId);
}

/** The caller's account, their tenants (by name) and the tenant they act in (named by its id if it has no row). */
export async function describeCaller(
  db: Db,
  caller: Caller,
): Promise<{ user: UserRecord; tenants: TenantWithRole[]; activeTenant: TenantWithRole }> {
  const [user, tenants, active] = await Promise.all([
    getUser(db, caller.userId),
    listUserTenants(db, caller.userId),
    getTenant(db, caller.tenantId),
  ]);
  return {
    user: user!,
    tenants,
    activeTenant: { id: caller.tenantId, name: active?.name ?? caller.tenantId, role: caller.role },
  };
}

/**
 * Makes `tenantId` the active tenant of the caller's session: one the user belongs to, or any existing tenant
 * for a superadmin (who acts there as owner). Returns it with the caller's role there. Throws DomainError
 * `bad_request` (the caller uses an API key, bound to its tenant) and `forbidden` (not a member).
 */
export async function switchTenant(db: Db, caller: Caller, tenantId: string): Promise<TenantWithRole> {
  if (!caller.sessionId)
    throw new DomainError('bad_request', 'an API key is bound to its tenant; only sessions switch');
  const membership = (await listUserTenants(db, caller.userId)).find((t) => t.id === tenantId);
  const tenant = membership ?? (caller.superadmin ? await getTenant(db, tenantId) : null);
  if (!tenant) throw new DomainError('forbidden', `you are not a member of tenant ${tenantId}`);
  await setSessionTenant(db, caller.sessionId, tenant.id);
  const role: TenantRole = membership?.role ?? 'owner';
  return { id: tenant.id, name: tenant.name, role };
}

/**
 * Changes the caller's own name, email and/or password. Changing the email or the password needs the current
 * password (`currentPassword`): DomainError `bad_request` naming `current_password` when it is missing or
 * wrong. Throws ConflictError when another account has the new email.
 */
export async function changeOwnAccount(
  db: Db,
  userId: string,
  change: AccountChange & { currentPassword?: string },
): Promise<UserRecord> {
  const { currentPassword, ...fields } = change;
  const user = await getUser(db, userId);
  if (!user) throw new DomainError('not_found', 'this account no longer exists');
  if (fields.email !== undefined || fields.password !== undefined) {
    const ok = currentPassword ? await verifyCredentials(db, user.email, currentPassword) : null;
    if (!ok)
      throw new DomainError('bad_request', 'Enter your current password to change your email or password.', {
        invalidParams: [{ name: 'body.current_password', reason: 'missing or wrong' }],
      });
  }
  return (await updateAccount(db, userId, fields)) ?? user;
}
