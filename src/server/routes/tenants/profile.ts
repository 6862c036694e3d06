import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TenantBrandingSchema, TenantSlugSchema } from '../../../core/tenant-branding.js';
import type { TenantProfile } from '../../../publishing/tenant-profiles.js';
import { principalOf } from '../../auth/principal.js';
import { SECURITY } from '../../auth/schemas.js';

const ProfileSchema = z.object({
  id: z.string().describe('the tenant id (never changes)'),
  name: z.string(),
  slug: z.string().describe('the URL slug of its public wizard pages: /w/<slug>/<wizard slug>'),
  branding: TenantBrandingSchema,
});

const UpdateProfileBody = z.strictObject({
  slug: TenantSlugSchema.optional().describe('owners only; every shared link changes with it'),
  branding: TenantBrandingSchema.optional().describe('replaces the whole branding'),
});

function profileJson(profile: TenantProfile): z.infer<typeof ProfileSchema> {
  return { id: profile.id, name: profile.name, slug: profile.slug, branding: profile.branding };
}

/**
 * The public profile of the caller's tenant: `GET /api/v1/tenant/profile` (any member) and
 * `PATCH /api/v1/tenant/profile` (admins and owners; the slug only by owners, 409 when taken).
 */
const tenantProfileRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['tenants'];
  app.get(
    '/api/v1/tenant/profile',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        security: SECURITY,
        summary: "My tenant's URL slug and the branding of its public wizard pages",
        response: { 200: ProfileSchema },
      },
    },
    async (request) => profileJson(await app.runtime.tenantProfiles.get(principalOf(request).tenantId)),
  );

  app.patch(
    '/api/v1/tenant/profile',
    {
      onRequest: app.authorize('admin'),
      schema: {
        tags,
        security: SECURITY,
        summary: "Change my tenant's URL slug (owners) or branding (admins and owners)",
        body: UpdateProfileBody,
        response: { 200: ProfileSchema },
      },
    },
    async (request) => {
      const { tenantId, role, superadmin } = principalOf(request);
      return profileJson(
        await app.runtime.tenantProfiles.update(tenantId, superadmin ? 'owner' : role, request.body),
      );
    },
  );
};

export default tenantProfileRoutes;
