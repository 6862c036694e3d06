import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createTenantApiKey,
  listTenantApiKeys,
  revokeTenantApiKey,
  type ApiKeySummary,
} from '../../../accounts/index.js';
import { principalOf } from '../../auth/principal.js';
import { IdParamsSchema, RoleSchema, SECURITY } from '../../auth/schemas.js';

const ApiKeySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string().describe("the key's first characters, to tell keys apart"),
  role: RoleSchema,
  user_id: z.uuid().describe('the user the key acts for'),
  created_at: z.string(),
  last_used_at: z.string().nullable(),
  revoked_at: z.string().nullable(),
});

function keyJson(key: ApiKeySummary): z.infer<typeof ApiKeySchema> {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    role: key.role,
    user_id: key.userId,
    created_at: key.createdAt.toISOString(),
    last_used_at: key.lastUsedAt?.toISOString() ?? null,
    revoked_at: key.revokedAt?.toISOString() ?? null,
  };
}

/**
 * API keys of the active tenant (admin+): create (the key is shown once), list (never the key), revoke.
 * A key acts in its tenant with its role, which cannot exceed its creator's.
 */
const apiKeyRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;

  app.post(
    '/api/v1/api-keys',
    {
      onRequest: app.authorize('admin'),
      schema: {
        tags: ['api-keys'],
        security: SECURITY,
        summary: 'Create an API key for servers; the response is the only time the key is shown',
        body: z.strictObject({ name: z.string().trim().min(1).max(200), role: RoleSchema.default('member') }),
        response: {
          201: ApiKeySchema.extend({ key: z.string().describe('send as `Authorization: Bearer <key>`') }),
        },
      },
    },
    async (request, reply) => {
      const { key, summary } = await createTenantApiKey(db(), principalOf(request), request.body);
      return reply.code(201).send({ ...keyJson(summary), key });
    },
  );

  app.get(
    '/api/v1/api-keys',
    {
      onRequest: app.authorize('admin'),
      schema: {
        tags: ['api-keys'],
        security: SECURITY,
        summary: "The active tenant's API keys (without the keys)",
        response: { 200: z.object({ items: z.array(ApiKeySchema) }) },
      },
    },
    async (request) => ({
      items: (await listTenantApiKeys(db(), principalOf(request).tenantId)).map(keyJson),
    }),
  );

  app.delete(
    '/api/v1/api-keys/:id',
    {
      onRequest: app.authorize('admin'),
      schema: {
        tags: ['api-keys'],
        security: SECURITY,
        summary: 'Revoke an API key',
        params: IdParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await revokeTenantApiKey(db(), principalOf(request).tenantId, request.params.id);
      return reply.code(204).send(null);
    },
  );
};

export default apiKeyRoutes;
