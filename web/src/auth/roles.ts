import type { Me, TenantRole } from './auth-api';

/** Every tenant role, weakest first (mirrors the server's `TENANT_ROLES`). */
export const TENANT_ROLES: readonly TenantRole[] = ['member', 'admin', 'owner'];

/** How the roles are shown. */
export const ROLE_LABELS: Record<TenantRole, string> = { member: 'Member', admin: 'Admin', owner: 'Owner' };

const RANK: Record<TenantRole, number> = { member: 1, admin: 2, owner: 3 };

/** Whether `role` is at least `minimum` (owner ≥ admin ≥ member). */
export function roleAtLeast(role: TenantRole, minimum: TenantRole): boolean {
  return RANK[role] >= RANK[minimum];
}

/**
 * Whether the caller manages the active tenant's members and API keys: its owner or an admin, or a
 * superadmin (the server's `authorize('admin')`).
 */
export function canManageTenant(me: Me): boolean {
  return !!me.user.superadmin || roleAtLeast(me.active_tenant.role, 'admin');
}

/**
 * The roles the caller may hand out in the active tenant: only owners and superadmins grant `owner`; an API
 * key's role cannot exceed its creator's (the server refuses both with 403).
 */
export function grantableRoles(me: Me): TenantRole[] {
  if (me.user.superadmin) return [...TENANT_ROLES];
  return TENANT_ROLES.filter((r) => roleAtLeast(me.active_tenant.role, r));
}
