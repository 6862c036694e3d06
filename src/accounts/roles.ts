import type { TenantRole } from '../db/schema-accounts.js';

/** Roles in a tenant and who acts in a service call. */

export { TENANT_ROLES, type TenantRole } from '../db/schema-accounts.js';

/** Roles from least to most powerful; a role satisfies every role at or below it. */
export const ROLE_RANK: Record<TenantRole, number> = { member: 1, admin: 2, owner: 3 };

/**
 * Who acts in a service call: a user acting in one tenant with one role there (a superadmin passes every role
 * check). `sessionId` is set when the user acts through a session rather than an API key.
 */
export interface Caller {
  userId: string;
  tenantId: string;
  role: TenantRole;
  superadmin: boolean;
  sessionId?: string;
}
