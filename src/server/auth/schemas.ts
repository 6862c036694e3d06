import { z } from 'zod';
import { TENANT_ROLES, type TenantWithRole, type UserRecord } from '../../accounts/index.js';

/** Response and request schemas shared by the auth, tenants, users and API-key routes (snake_case JSON). */

export const RoleSchema = z.enum(TENANT_ROLES);

export const UserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  superadmin: z.boolean(),
  created_at: z.string().describe('ISO 8601'),
});
export type UserJson = z.infer<typeof UserSchema>;

export const TenantWithRoleSchema = z.object({ id: z.string(), name: z.string(), role: RoleSchema });

export const MemberSchema = UserSchema.extend({ role: RoleSchema });

export const IdParamsSchema = z.object({ id: z.string().min(1).max(100) });

/** A user row as JSON. */
export function userJson(user: UserRecord): UserJson {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    superadmin: user.isSuperadmin,
    created_at: user.createdAt.toISOString(),
  };
}

/** A member (user + role) as JSON. */
export function memberJson(
  member: UserRecord & { role: TenantWithRole['role'] },
): z.infer<typeof MemberSchema> {
  return { ...userJson(member), role: member.role };
}

/** OpenAPI `security` of routes that need a signed-in caller: a bearer token (session or API key) or the cookie. */
export const SECURITY: Array<Record<string, string[]>> = [{ bearer: [] }, { cookie: [] }];
