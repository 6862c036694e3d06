import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PROVIDER_KINDS } from '../../../core/sidekicks.js';
import type { ProviderKeyView } from '../../../sidekicks/provider-keys.js';
import { principalOf } from '../../auth/principal.js';

/**
 * Provider keys of the caller's tenant (admins and owners): OpenAI, Anthropic, an OpenAI-compatible server,
 * ElevenLabs, Deepgram and LiveKit. Write-only: answers never carry a key, only its last four characters.
 * "Test key" makes a real request to the provider with the stored key.
 */

const Params = z.object({ provider: z.enum(PROVIDER_KINDS) });
const NoControl = /^[\x20-\x7e]+$/;

const Body = z.strictObject({
  key: z
    .string()
    .trim()
    .min(1)
    .max(4096)
    .regex(NoControl, 'must be printable ASCII without line breaks')
    .describe('the API key (LiveKit: the API key); write-only'),
  secret: z
    .string()
    .trim()
    .min(1)
    .max(4096)
    .regex(NoControl, 'must be printable ASCII without line breaks')
    .optional()
    .describe("LiveKit's API secret; write-only"),
  base_url: z
    .string()
    .max(2048)
    .nullable()
    .optional()
    .describe(
      'the OpenAI-compatible server (e.g. http://localhost:11434/v1), the LiveKit URL, or an override',
    ),
});

const ProviderKeySchema = z.object({
  provider: z.enum(PROVIDER_KINDS),
  configured: z.boolean(),
  hint: z.string().nullable().describe('the last four characters of the key'),
  base_url: z.string().nullable(),
  last_tested_at: z.string().nullable(),
  last_test_ok: z.boolean().nullable(),
  last_test_message: z.string().nullable(),
  updated_at: z.string().nullable(),
});

function json(v: ProviderKeyView): z.infer<typeof ProviderKeySchema> {
  return {
    provider: v.provider,
    configured: v.configured,
    hint: v.hint,
    base_url: v.baseUrl,
    last_tested_at: v.lastTestedAt?.toISOString() ?? null,
    last_test_ok: v.lastTestOk,
    last_test_message: v.lastTestMessage,
    updated_at: v.updatedAt?.toISOString() ?? null,
  };
}

const providerKeyRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['provider keys'];
  const security: Array<Record<string, string[]>> = [{ bearer: [] }, { cookie: [] }];
  const preHandler = app.authorize('admin');
  const keys = () => app.runtime.providerKeys;

  app.get(
    '/api/v1/provider-keys',
    {
      preHandler,
      schema: {
        tags,
        security,
        summary: "The tenant's provider keys (never the keys themselves)",
        response: { 200: z.object({ items: z.array(ProviderKeySchema) }) },
      },
    },
    async (request) => ({ items: (await keys().list(principalOf(request).tenantId)).map(json) }),
  );

  app.put(
    '/api/v1/provider-keys/:provider',
    {
      preHandler,
      schema: {
        tags,
        security,
        summary: "Set or replace a provider's key (stored encrypted, never returned)",
        params: Params,
        body: Body,
        response: { 200: ProviderKeySchema },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      const { key, secret, base_url: baseUrl } = request.body;
      return json(await keys().set(tenantId, request.params.provider, { key, secret, baseUrl }));
    },
  );

  app.post(
    '/api/v1/provider-keys/:provider/test',
    {
      preHandler,
      schema: {
        tags,
        security,
        summary: 'Test key: a real request to the provider with the stored key; the outcome is recorded',
        params: Params,
        response: { 200: ProviderKeySchema },
      },
    },
    async (request) => json(await keys().test(principalOf(request).tenantId, request.params.provider)),
  );

  app.delete(
    '/api/v1/provider-keys/:provider',
    {
      preHandler,
      schema: {
        tags,
        security,
        summary: "Remove a provider's key (the server's global settings apply again)",
        params: Params,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await keys().delete(principalOf(request).tenantId, request.params.provider);
      return reply.code(204).send(null);
    },
  );
};

export default providerKeyRoutes;
