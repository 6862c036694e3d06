import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../auth/principal.js';
import {
  attemptJson,
  CreatedEndpointSchema,
  CreateEndpointBody,
  DeliveriesQuery,
  DeliveryParams,
  DeliverySchema,
  deliveryJson,
  DeliveryWithAttemptsSchema,
  EndpointParams,
  EndpointSchema,
  endpointJson,
  UpdateEndpointBody,
  WizardParams,
} from './schemas.js';

/**
 * Webhook API (admin and above, scoped to the caller's tenant): a wizard's endpoints (list, create, update,
 * delete, rotate the signing secret, send a test event; create and rotate are the only answers that show a
 * secret), its deliveries with their attempts, and redelivery of one delivery.
 */
const webhookRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['webhooks'];
  const security: Array<Record<string, string[]>> = [{ bearer: [] }, { cookie: [] }];
  const preHandler = app.authorize('admin');

  app.get(
    '/api/v1/wizards/:wizardId/webhooks',
    {
      preHandler,
      schema: {
        tags,
        security,
        summary: "A wizard's webhook endpoints",
        params: WizardParams,
        response: { 200: z.object({ items: z.array(EndpointSchema) }) },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      return {
        items: (await app.webhooks.listEndpoints(tenantId, request.params.wizardId)).map(endpointJson),
      };
    },
  );

  app.post(
    '/api/v1/wizards/:wizardId/webhooks',
    {
      preHandler,
      schema: {
        tags,
        security,
        summary: 'Add a webhook endpoint; the answer carries its signing secret, shown this once',
        params: WizardParams,
        body: CreateEndpointBody,
        response: { 201: CreatedEndpointSchema },
      },
    },
    async (request, reply) => {
      const { tenantId } = principalOf(request);
      const created = await app.webhooks.createEndpoint(tenantId, request.params.wizardId, request.body);
      return reply.code(201).send({ ...endpointJson(created.endpoint), secret: created.secret });
    },
  );

  app.patch(
    '/api/v1/wizards/:wizardId/webhooks/:endpointId',
    {
      preHandler,
      schema: {
        tags,
        security,
        summary: "Change a webhook endpoint's URL, description, events or enabled flag",
        params: EndpointParams,
        body: UpdateEndpointBody,
        response: { 200: EndpointSchema },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      const { wizardId, endpointId } = request.params;
      return endpointJson(await app.webhooks.updateEndpoint(tenantId, wizardId, endpointId, request.body));
    },
  );

  app.delete(
    '/api/v1/wizards/:wizardId/webhooks/:endpointId',
    {
      preHandler,
      schema: {
        tags,
        security,
        summary: 'Delete a webhook endpoint and its deliveries',
        params: EndpointParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { tenantId } = principalOf(request);
      await app.webhooks.deleteEndpoint(tenantId, request.params.wizardId, request.params.endpointId);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/wizards/:wizardId/webhooks/:endpointId/rotate-secret',
    {
      preHandler,
      schema: {
        tags,
        security,
        summary: "Replace an endpoint's signing secret; the answer carries the new one, shown this once",
        params: EndpointParams,
        response: { 200: CreatedEndpointSchema },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      const { wizardId, endpointId } = request.params;
      const rotated = await app.webhooks.rotateSecret(tenantId, wizardId, endpointId);
      return { ...endpointJson(rotated.endpoint), secret: rotated.secret };
    },
  );

  app.post(
    '/api/v1/wizards/:wizardId/webhooks/:endpointId/test',
    {
      preHandler,
      schema: {
        tags,
        security,
        summary: 'Send a `webhook.test` event to an endpoint (an ordinary, signed, retried delivery)',
        params: EndpointParams,
        response: { 202: DeliverySchema },
      },
    },
    async (request, reply) => {
      const { tenantId } = principalOf(request);
      const { wizardId, endpointId } = request.params;
      return reply.code(202).send(deliveryJson(await app.webhooks.sendTest(tenantId, wizardId, endpointId)));
    },
  );

  app.get(
    '/api/v1/wizards/:wizardId/webhooks/deliveries',
    {
      preHandler,
      schema: {
        tags,
        security,
        summary: "A wizard's webhook deliveries (of one run with run_id) with their attempts, newest first",
        params: WizardParams,
        querystring: DeliveriesQuery,
        response: { 200: z.object({ items: z.array(DeliveryWithAttemptsSchema) }) },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      const { status, endpoint_id: endpointId, run_id: runId, limit } = request.query;
      const deliveries = await app.webhooks.listDeliveries(tenantId, request.params.wizardId, {
        status,
        endpointId,
        runId,
        limit,
      });
      return {
        items: deliveries.map((d) => ({ ...deliveryJson(d), attempts: d.attempts.map(attemptJson) })),
      };
    },
  );

  app.post(
    '/api/v1/webhook-deliveries/:deliveryId/redeliver',
    {
      preHandler,
      schema: {
        tags,
        security,
        summary: 'Send a finished delivery again: a new series of attempts with the same webhook-id',
        params: DeliveryParams,
        response: { 202: DeliverySchema },
      },
    },
    async (request, reply) => {
      const { tenantId } = principalOf(request);
      return reply
        .code(202)
        .send(deliveryJson(await app.webhooks.redeliver(tenantId, request.params.deliveryId)));
    },
  );
};

export default webhookRoutes;
