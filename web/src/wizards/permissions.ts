import type { Me } from '../auth/auth-api';

/**
 * Whether the signed-in user may author wizards in their active tenant (create, edit, clone, archive,
 * delete, use templates): admins, owners and superadmins. Members only list wizards and start runs; the
 * server answers 403 to them anyway.
 */
export function canAuthor(me: Me | null | undefined): boolean {
  return !!me && (!!me.user.superadmin || me.active_tenant.role !== 'member');
}

/** The tenant that holds the built-in wizards and the shared templates (the server's `DEFAULT_TENANT`). */
export const DEFAULT_TENANT = 'default';
