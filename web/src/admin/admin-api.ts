import { z } from 'zod';
import { api } from '../api/http';
import type { TenantWithRole } from '../auth/auth-api';

/*
 * The installation as a superadmin sees it: every tenant with its counts (`/api/v1/admin/tenants`) and
 * every user (`/api/v1/admin/users`); creating a tenant (`POST /api/v1/tenants`). Answers are checked with zod.
 */

const RoleSchema = z.enum(['member', 'admin', 'owner']);
const TenantWithRoleSchema = z.object({ id: z.string(), name: z.string(), role: RoleSchema });

const AdminTenantSchema = z.object({
  id: z.string(),
  name: z.string(),
  created_at: z.string(),
  member_count: z.number(),
  wizard_count: z.number(),
  run_count: z.number(),
});
/** A tenant of the installation with its member, wizard (not archived) and run counts. */
export type AdminTenant = z.infer<typeof AdminTenantSchema>;

const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  superadmin: z.boolean(),
  created_at: z.string(),
  tenants: z.array(TenantWithRoleSchema),
});
/** A user of the installation with their tenants and their role in each. */
export type AdminUser = z.infer<typeof UserSchema>;

/** Query keys of this module. */
export const ALL_TENANTS_KEY = ['admin', 'tenants'] as const;
export const ALL_USERS_KEY = ['admin', 'users'] as const;

/** Every tenant of the installation, by name, members or not. Throws ApiProblem (403 for non-superadmins). */
export async function listAllTenants(): Promise<AdminTenant[]> {
  return z.object({ items: z.array(AdminTenantSchema) }).parse(await api('/api/v1/admin/tenants')).items;
}

/**
 * Creates a tenant with the caller as its owner; `id` (lowercase words joined by hyphens) defaults to the
 * slugified name plus a random suffix. Throws ApiProblem: 403 for non-superadmins, 400 with
 * `invalid_params` (`body.name`, `body.id`), 409 when the id is taken.
 */
export async function createTenant(input: { name: string; id?: string }): Promise<TenantWithRole> {
  return TenantWithRoleSchema.parse(await api('/api/v1/tenants', { body: input }));
}

/** Every user of the installation. Throws ApiProblem (403 for non-superadmins). */
export async function listAllUsers(): Promise<AdminUser[]> {
  return z.object({ items: z.array(UserSchema) }).parse(await api('/api/v1/admin/users')).items;
}
