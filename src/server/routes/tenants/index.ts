import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createTenant, listUserTenants } from '../../../db/accounts.js';
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

/**
 * Tenants: `GET /api/v1/tenants` (the caller's tenants with their roles) and `POST /api/v1/tenants`
 * (superadmin: creates a tenant with the caller as owner).
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
    async (request) => ({ items: await listUserTenants(app.database.db, principalOf(request).userId) }),
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
      const tenant = await createTenant(app.database.db, request.body, principalOf(request).userId);
      return reply.code(201).send({ ...tenant, role: 'owner' as const });
    },
  );
};

export default tenantRoutes;
