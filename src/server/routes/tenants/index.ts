import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createOwnedTenant,
  listAllTenants,
  listMyTenants,
  type TenantOverview,
} from '../../../accounts/index.js';
import { principalOf } from '../../auth/principal.js';
import { TenantWithRoleSchema, SECURITY } from '../../auth/schemas.js';

const CreateTenantBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, e.g. acme-corp')
    .max(60)
    .optional()
    .describe('default: the slugified name plus a random suffix'),
});

const AdminTenantSchema = z.object({
  id: z.string().describe('the tenant id, a slug'),
  name: z.string(),
  created_at: z.string().describe('ISO 8601'),
  member_count: z.number().int().describe('users who belong to the tenant, any role'),
  wizard_count: z.number().int().describe('its wizards that are not archived, templates included'),
  run_count: z.number().int().describe('its runs, any status'),
});

function adminTenantJson(t: TenantOverview): z.infer<typeof AdminTenantSchema> {
  return {
    id: t.id,
    name: t.name,
    created_at: t.createdAt.toISOString(),
    member_count: t.memberCount,
    wizard_count: t.wizardCount,
    run_count: t.runCount,
  };
}

/**
 * Tenants: `GET /api/v1/tenants` (the caller's tenants with their roles), `POST /api/v1/tenants`
 * (superadmin: creates a tenant with the caller as owner) and `GET /api/v1/admin/tenants` (superadmin: every
 * tenant, members or not, with its member, wizard and run counts, by name).
 */
const tenantRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/tenants',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['tenants'],
        security: SECURITY,
        summary: 'The tenants I belong to, with my role in each',
        response: { 200: z.object({ items: z.array(TenantWithRoleSchema) }) },
      },
    },
    async (request) => ({ items: await listMyTenants(app.database.db, principalOf(request).userId) }),
  );

  app.post(
    '/api/v1/tenants',
    {
      onRequest: app.requireSuperadmin,
      schema: {
        tags: ['tenants'],
        security: SECURITY,
        summary: 'Create a tenant (superadmin); the caller becomes its owner',
        body: CreateTenantBody,
        response: { 201: TenantWithRoleSchema },
      },
    },
    async (request, reply) => {
      const tenant = await createOwnedTenant(app.database.db, request.body, principalOf(request).userId);
      return reply.code(201).send(tenant);
    },
  );

  app.get(
    '/api/v1/admin/tenants',
    {
      onRequest: app.requireSuperadmin,
      schema: {
        tags: ['tenants'],
        security: SECURITY,
        summary: 'Every tenant of the installation with its member, wizard and run counts (superadmin)',
        response: {
          200: z.object({
            items: z.array(AdminTenantSchema).describe('every tenant, sorted by name'),
          }),
        },
      },
    },
    async () => ({ items: (await listAllTenants(app.database.db)).map(adminTenantJson) }),
  );
};

export default tenantRoutes;
