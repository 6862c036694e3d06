import type { TenantBranding } from '../core/tenant-branding.js';
import { DomainError, notFoundError } from '../core/errors.js';
import type { TenantRole } from '../accounts/index.js';
import type { Db } from '../db/client.js';
import { getTenantProfile, updateTenantProfile, type TenantProfile } from '../db/public-wizards.js';

export type { TenantProfile } from '../db/public-wizards.js';

/** A change to a tenant's public profile: its URL slug (owners only) and/or its whole branding. */
export interface TenantProfileChange {
  slug?: string;
  branding?: TenantBranding;
}

/**
 * Tenants' public profiles: the URL slug of their public wizard pages (`/w/<slug>/…`) and the branding of
 * those pages (logo, accent colour, thank-you message, redirect URL). Read by any member; the branding is
 * changed by admins and owners, the slug by owners only (it changes every shared link).
 */
export class TenantProfiles {
  constructor(private readonly db: Db) {}

  /** The tenant's profile. Throws `not_found` when the tenant does not exist. */
  async get(tenantId: string): Promise<TenantProfile> {
    const profile = await getTenantProfile(this.db, tenantId);
    if (!profile) throw notFoundError(`tenant ${tenantId}`);
    return profile;
  }

  /**
   * Applies `change` for a caller with `role` in the tenant. Throws `forbidden` (a slug change by a non-owner),
   * `conflict` (another tenant has the slug) and `not_found`.
   */
  async update(tenantId: string, role: TenantRole, change: TenantProfileChange): Promise<TenantProfile> {
    const current = await this.get(tenantId);
    if (change.slug !== undefined && change.slug !== current.slug && role !== 'owner')
      throw new DomainError('forbidden', "only the workspace's owners can change its URL slug", {
        invalidParams: [{ name: 'body.slug', reason: 'only owners can change it' }],
      });
    const updated = await updateTenantProfile(this.db, tenantId, change);
    if (!updated) throw notFoundError(`tenant ${tenantId}`);
    return updated;
  }
}
