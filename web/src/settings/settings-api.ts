import { z } from 'zod';
import { api } from '../api/http';
import type { TenantRole } from '../auth/auth-api';

/*
 * The active tenant's members and API keys (`/api/v1/users`, `/api/v1/api-keys`, owner or admin only). Every
 * answer is checked with zod, so a server that drifts from these shapes fails loudly here, not in a page.
 */

const RoleSchema = z.enum(['member', 'admin', 'owner']);

const MemberSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  superadmin: z.boolean(),
  created_at: z.string(),
  role: RoleSchema,
});
/** A user of the active tenant with their role there. */
export type Member = z.infer<typeof MemberSchema>;

const ApiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  role: RoleSchema,
  user_id: z.string(),
  created_at: z.string(),
  last_used_at: z.string().nullable(),
  revoked_at: z.string().nullable(),
});
/** An API key as listed: never the key itself. Times are ISO 8601; `revoked_at` is null while it works. */
export type ApiKey = z.infer<typeof ApiKeySchema>;

const CreatedKeySchema = ApiKeySchema.extend({ key: z.string() });
/** A key just created: `key` is the secret, returned this once only. */
export type CreatedApiKey = z.infer<typeof CreatedKeySchema>;

/** Query keys of this module's lists. */
export const MEMBERS_KEY = ['settings', 'members'] as const;
export const API_KEYS_KEY = ['settings', 'api-keys'] as const;

/** The active tenant's users. Throws ApiProblem (403 below admin). */
export async function listMembers(): Promise<Member[]> {
  return z.object({ items: z.array(MemberSchema) }).parse(await api('/api/v1/users')).items;
}

/** What {@link addMember} sends: `password` (and `name`) create the account when no user has the email. */
export interface AddMemberInput {
  email: string;
  role: TenantRole;
  name?: string;
  password?: string;
}

/**
 * Adds a user to the active tenant by email. Throws ApiProblem: 404 when no account has the email and no
 * password was given, 403 when granting `owner` without being one, 400 with `invalid_params` for bad fields.
 */
export async function addMember(input: AddMemberInput): Promise<Member> {
  return MemberSchema.parse(await api('/api/v1/users', { body: input }));
}

/** Changes a member's role. Throws ApiProblem (403 for owner changes by a non-owner, 404 for a stranger). */
export async function changeRole(userId: string, role: TenantRole): Promise<Member> {
  return MemberSchema.parse(
    await api(`/api/v1/users/${encodeURIComponent(userId)}`, { method: 'PATCH', body: { role } }),
  );
}

/** Removes a member from the active tenant (their account stays). Throws ApiProblem. */
export async function removeMember(userId: string): Promise<void> {
  await api(`/api/v1/users/${encodeURIComponent(userId)}`, { method: 'DELETE' });
}

/** The active tenant's API keys, revoked ones included. Throws ApiProblem. */
export async function listApiKeys(): Promise<ApiKey[]> {
  return z.object({ items: z.array(ApiKeySchema) }).parse(await api('/api/v1/api-keys')).items;
}

/** Creates an API key acting with `role` (at most the caller's). Throws ApiProblem (403 above your role). */
export async function createApiKey(input: { name: string; role: TenantRole }): Promise<CreatedApiKey> {
  return CreatedKeySchema.parse(await api('/api/v1/api-keys', { body: input }));
}

/** Revokes an API key: it stops working at once. Throws ApiProblem (404 for an unknown key). */
export async function revokeApiKey(id: string): Promise<void> {
  await api(`/api/v1/api-keys/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** What the account form sends (`PATCH /api/v1/auth/me`); email and password need `current_password`. */
export interface AccountChangeInput {
  name?: string;
  email?: string;
  password?: string;
  current_password?: string;
}

/** Changes the signed-in user's name, email or password. Throws ApiProblem (400 naming the field, 409). */
export async function changeAccount(input: AccountChangeInput): Promise<void> {
  await api('/api/v1/auth/me', { method: 'PATCH', body: input });
}

/** Renames the active workspace (`PATCH /api/v1/tenant/profile`, admins and owners). Throws ApiProblem. */
export async function renameWorkspace(name: string): Promise<void> {
  await api('/api/v1/tenant/profile', { method: 'PATCH', body: { name } });
}
