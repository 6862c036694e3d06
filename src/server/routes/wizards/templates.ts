import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { WizardDefinitionBaseSchema } from '../../../core/wizard/definition.js';
import { cloneTemplate, getTemplateDetail, listTemplatePage } from '../../../wizards/index.js';
import { principalOf } from '../../auth/principal.js';
import { SECURITY } from '../../auth/schemas.js';
import {
  CloneBody,
  DefinitionProblemSchema,
  detailJson,
  ListQuery,
  summaryJson,
  templateItemJson,
  TemplatePageSchema,
  WizardDetailSchema,
  WizardParams,
  WizardSummarySchema,
} from './schemas.js';

const tags = ['templates'];
const security = SECURITY;

/**
 * The templates gallery: wizards of the `default` tenant flagged is_template (the built-ins among them),
 * readable by every signed-in user and cloned into the caller's tenant by admins.
 */
const templateRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;

  app.get(
    '/api/v1/templates',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        security,
        summary: 'List templates, each with its description, step count and guide',
        querystring: ListQuery,
        response: { 200: TemplatePageSchema },
      },
    },
    async (request) => {
      const page = await listTemplatePage(db(), request.query);
      return {
        items: page.items.map(templateItemJson),
        total: page.total,
        limit: request.query.limit,
        offset: request.query.offset,
      };
    },
  );

  app.get(
    '/api/v1/templates/:id',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        security,
        summary: 'A template and the definition a clone starts from',
        params: WizardParams,
        response: {
          200: WizardSummarySchema.extend({
            definition: WizardDefinitionBaseSchema,
            problems: z
              .array(DefinitionProblemSchema)
              .describe('problems of the definition (empty when sound)'),
          }),
        },
      },
    },
    async (request) => {
      const { wizard, definition, problems } = await getTemplateDetail(db(), request.params.id);
      return { ...summaryJson(wizard), definition, problems };
    },
  );

  app.post(
    '/api/v1/templates/:id/clone',
    {
      onRequest: app.authorize('admin'),
      schema: {
        tags,
        security,
        summary: "Clone a template into the caller's tenant as a new draft",
        params: WizardParams,
        body: CloneBody,
        response: { 201: WizardDetailSchema },
      },
    },
    async (request, reply) => {
      const tenant = principalOf(request).tenantId;
      const wizard = await cloneTemplate(db(), tenant, request.params.id, request.body ?? {});
      return reply.code(201).send(detailJson(wizard));
    },
  );
};

export default templateRoutes;
