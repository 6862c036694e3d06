import { z } from 'zod';
import { api } from '../api/http';

/*
 * The installation as a superadmin sees it: tenants (`/api/v1/tenants`) and every user
 * (`/api/v1/admin/users`). Answers are checked with zod.
 */

const RoleSchema = z.enum(['member', 'admin', 'owner']);
const TenantSchema = z.object({ id: z.string(), name: z.string(), role: RoleSchema });
/** A tenant with the caller's role in it. */
export type AdminTenant = z.infer<typeof TenantSchema>;

const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  superadmin: z.boolean(),
  created_at: z.string(),
  tenants: z.array(TenantSchema),
});
/** A user of the installation with their tenants and their role in each. */
export type AdminUser = z.infer<typeof UserSchema>;

/** Query keys of this module. */
export const MY_TENANTS_KEY = ['admin', 'tenants'] as const;
export const ALL_USERS_KEY = ['admin', 'users'] as const;

/** The tenants the caller belongs to, with their role. Throws ApiProblem. */
export async function listMyTenants(): Promise<AdminTenant[]> {
  return z.object({ items: z.array(TenantSchema) }).parse(await api('/api/v1/tenants')).items;
}

/**
 * Creates a tenant with the caller as its owner; `id` (lowercase words joined by hyphens) defaults to the
 * slugified name plus a random suffix. Throws ApiProblem: 403 for non-superadmins, 400 with
 * `invalid_params` (`body.name`, `body.id`), 409 when the id is taken.
 */
export async function createTenant(input: { name: string; id?: string }): Promise<AdminTenant> {
  return TenantSchema.parse(await api('/api/v1/tenants', { body: input }));
}

/** Every user of the installation. Throws ApiProblem (403 for non-superadmins). */
export async function listAllUsers(): Promise<AdminUser[]> {
  return z.object({ items: z.array(UserSchema) }).parse(await api('/api/v1/admin/users')).items;
}
