import { useQuery } from '@tanstack/react-query';
import { EMBED_MODES, type EmbedMode } from '../../../src/core/public-page';
import type { TenantBranding } from '../../../src/core/tenant-branding';
import { api } from '../api/http';

/** `GET /api/v1/tenant/profile`: the caller's tenant, its URL slug and branding. */
export interface TenantProfile {
  id: string;
  name: string;
  slug: string;
  branding: TenantBranding;
}

export const TENANT_PROFILE_KEY = ['tenant-profile'] as const;

/** The caller's tenant profile, cached by TanStack Query. */
export function useTenantProfile() {
  return useQuery({
    queryKey: TENANT_PROFILE_KEY,
    queryFn: () => api<TenantProfile>('/api/v1/tenant/profile'),
  });
}

/** Changes the tenant's URL slug and/or branding (`PATCH /api/v1/tenant/profile`). Throws ApiProblem. */
export function updateTenantProfile(change: { slug?: string; branding?: TenantBranding }) {
  return api<TenantProfile>('/api/v1/tenant/profile', { method: 'PATCH', body: change });
}

/** The public page of a wizard on this server. */
export function publicLink(origin: string, tenantSlug: string, wizardSlug: string): string {
  return `${origin}/w/${tenantSlug}/${wizardSlug}`;
}

/** What each embed mode does, for the Share dialog. */
export const EMBED_MODE_HELP: Record<EmbedMode, string> = {
  inline: 'The wizard sits in your page where the snippet is, as tall as its content.',
  popup: 'A button opens the wizard in a dialog over your page.',
  slider: 'A button at the bottom right slides the wizard in from the side.',
  fullpage: 'The wizard covers the whole window.',
};

export { EMBED_MODES };

/** The `<script>` snippet that embeds a wizard in `mode` (see web/embed/embed.ts). */
export function embedSnippet(
  origin: string,
  tenantSlug: string,
  wizardSlug: string,
  mode: EmbedMode,
): string {
  return `<script src="${origin}/embed.js" data-wizard="${tenantSlug}/${wizardSlug}" data-mode="${mode}"></script>`;
}
