import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../auth/principal.js';
import {
  ApiConfigParams,
  ApiConfigSchema,
  apiConfigInput,
  apiConfigJson,
  CreateApiConfigBody,
  UpdateApiConfigBody,
} from './schemas.js';

/**
 * API configuration API (admin and above, scoped to the caller's tenant): the base URL, auth, default headers
 * and timeout that `api_call` actions call through. Credentials are write-only: answers say `has_credentials`.
 */
const apiConfigRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['actions'];
  const security: Array<Record<string, string[]>> = [{ bearer: [] }, { cookie: [] }];
  const preHandler = app.authorize('admin');

  app.get(
    '/api/v1/api-configs',
    {
      preHandler,
      schema: {
        tags,
        security,
        summary: "The tenant's API configurations",
        response: { 200: z.object({ items: z.array(ApiConfigSchema) }) },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      return { items: (await app.apiConfigs.list(tenantId)).map(apiConfigJson) };
    },
  );

  app.post(
    '/api/v1/api-configs',
    {
      preHandler,
      schema: {
        tags,
        security,
        summary: 'Add an API configuration (credentials are stored encrypted and never returned)',
        body: CreateApiConfigBody,
        response: { 201: ApiConfigSchema },
      },
    },
    async (request, reply) => {
      const { tenantId } = principalOf(request);
      const { body } = request;
      const created = await app.apiConfigs.create(tenantId, {
        ...apiConfigInput(body),
        name: body.name,
        baseUrl: body.base_url,
        authType: body.auth_type,
      });
      return reply.code(201).send(apiConfigJson(created));
    },
  );

  app.get(
    '/api/v1/api-configs/:id',
    {
      preHandler,
      schema: {
        tags,
        security,
        summary: 'One API configuration',
        params: ApiConfigParams,
        response: { 200: ApiConfigSchema },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      return apiConfigJson(await app.apiConfigs.get(tenantId, request.params.id));
    },
  );

  app.patch(
    '/api/v1/api-configs/:id',
    {
      preHandler,
      schema: {
        tags,
        security,
        summary:
          'Change an API configuration; credentials are kept unless given (a new auth type other than none needs them)',
        params: ApiConfigParams,
        body: UpdateApiConfigBody,
        response: { 200: ApiConfigSchema },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      return apiConfigJson(
        await app.apiConfigs.update(tenantId, request.params.id, apiConfigInput(request.body)),
      );
    },
  );

  app.delete(
    '/api/v1/api-configs/:id',
    {
      preHandler,
      schema: {
        tags,
        security,
        summary: 'Delete an API configuration',
        params: ApiConfigParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { tenantId } = principalOf(request);
      await app.apiConfigs.delete(tenantId, request.params.id);
      return reply.code(204).send(null);
    },
  );
};

export default apiConfigRoutes;
