import { api } from '../api/http';
import { isApiProblem } from '../api/problem';

/** A user's role in a tenant, weakest first (the server's `TENANT_ROLES`). */
export type TenantRole = 'member' | 'admin' | 'owner';

/** A tenant with the caller's role in it. */
export interface TenantWithRole {
  id: string;
  name: string;
  role: TenantRole;
}

/** A signed-in user as `GET /api/v1/auth/me` describes them. */
export interface Me {
  user: { id: string; email: string; name: string; superadmin?: boolean; created_at?: string };
  tenants: TenantWithRole[];
  active_tenant: TenantWithRole;
  via: 'session' | 'api_key';
}

/** The caller, or null when nobody is signed in (401). Throws ApiProblem for other failures. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await api<Me>('/api/v1/auth/me');
  } catch (e) {
    if (isApiProblem(e) && e.status === 401) return null;
    throw e;
  }
}

/** Fields of the sign-up form (`tenant_name` optional). */
export interface SignUpInput {
  name: string;
  email: string;
  password: string;
}

/** Creates an account and signs in (the server sets the session cookie). Throws ApiProblem. */
export function signUp(input: SignUpInput): Promise<unknown> {
  return api('/api/v1/auth/sign-up', { body: input });
}

/** Signs in with email and password (sets the session cookie). Throws ApiProblem (401 when wrong). */
export function signIn(input: { email: string; password: string }): Promise<unknown> {
  return api('/api/v1/auth/sign-in', { body: input });
}

/** Revokes the session and clears its cookie. */
export function signOut(): Promise<unknown> {
  return api('/api/v1/auth/sign-out', { method: 'POST' });
}

/**
 * Makes `tenantId` the session's active tenant (`POST /api/v1/auth/switch-tenant`) and returns it with the
 * caller's role. Throws ApiProblem: 403 when the caller is not a member (superadmins may enter any tenant),
 * 400 when signed in with an API key (keys are bound to their tenant).
 */
export function switchTenant(tenantId: string): Promise<{ active_tenant: TenantWithRole }> {
  return api('/api/v1/auth/switch-tenant', { body: { tenant_id: tenantId } });
}
