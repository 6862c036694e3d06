import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../auth/principal.js';
import { PROMPT_LAYERS, VERSIONED_LAYERS } from '../../../sidekicks/chat/prompt-layers.js';
import { PROMPT_TEMPLATES } from '../../../sidekicks/chat/prompt-templates.js';
import { SidekickParams } from './schemas.js';

const Layer = z.enum(PROMPT_LAYERS);
const VersionedLayer = z.enum(VERSIONED_LAYERS);
const LayerParams = SidekickParams.extend({ layer: VersionedLayer });
const VersionParams = LayerParams.extend({ number: z.coerce.number().int().min(1) });
const Template = z.string().min(1, 'must not be empty').max(20_000, 'must be at most 20 000 characters');
const VersionSchema = z.object({
  layer: VersionedLayer,
  number: z.number().int(),
  template: z.string(),
  note: z.string(),
  author: z.string().nullable(),
  active: z.boolean(),
  created_at: z.string(),
});
const AssembledSchema = z.object({ system: z.string(), user: z.string() });

/**
 * Prompt layers of a sidekick (system, rag, user, and judge for quality runs): versions (every save is one), activation and roll-back, a
 * preview of the assembled prompt, and the templates to start from. Members read; admins change.
 */
const promptRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['prompts'];
  const security: Array<Record<string, string[]>> = [{ bearer: [] }, { cookie: [] }];
  const read = app.authorize('member');
  const write = app.authorize('admin');
  const prompts = () => app.runtime.prompts;

  app.get(
    '/api/v1/prompt-templates',
    {
      preHandler: read,
      schema: {
        tags,
        security,
        summary:
          'Templates to start a layer from (default, technical expert, creative writer, business coach, empathetic listener)',
        response: {
          200: z.object({
            items: z.array(
              z.object({ id: z.string(), name: z.string(), layers: z.record(z.string(), z.string()) }),
            ),
          }),
        },
      },
    },
    async () => ({ items: PROMPT_TEMPLATES }),
  );

  app.get(
    '/api/v1/sidekicks/:id/prompts',
    {
      preHandler: read,
      schema: {
        tags,
        security,
        summary: "A sidekick's prompt versions, per layer newest first",
        params: SidekickParams,
        response: { 200: z.object({ items: z.array(VersionSchema) }) },
      },
    },
    async (request) => ({ items: await prompts().list(principalOf(request).tenantId, request.params.id) }),
  );

  app.post(
    '/api/v1/sidekicks/:id/prompts/:layer/versions',
    {
      preHandler: write,
      schema: {
        tags,
        security,
        summary:
          'Save a new version of a layer (active unless activate is false); a template that does not render is 422 naming the line',
        params: LayerParams,
        body: z.strictObject({
          template: Template,
          note: z.string().max(500).optional(),
          activate: z.boolean().optional(),
        }),
        response: { 201: VersionSchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const saved = await prompts().save(
        principal.tenantId,
        request.params.id,
        request.params.layer,
        request.body,
        principal.email,
      );
      return reply.code(201).send(saved);
    },
  );

  app.post(
    '/api/v1/sidekicks/:id/prompts/:layer/versions/:number/activate',
    {
      preHandler: write,
      schema: {
        tags,
        security,
        summary:
          'Make a version the active one of its layer (activate or roll back); a gated version is activated only when its quality suite passes (409 listing the failing cases otherwise)',
        params: VersionParams,
        response: { 200: VersionSchema },
      },
    },
    async (request) =>
      prompts().activate(
        principalOf(request).tenantId,
        request.params.id,
        request.params.layer,
        request.params.number,
      ),
  );

  app.post(
    '/api/v1/sidekicks/:id/prompts/preview',
    {
      preHandler: read,
      schema: {
        tags,
        security,
        summary:
          'The exact prompt assembled for a sample question (active layers, or unsaved templates given here)',
        params: SidekickParams,
        body: z.strictObject({
          question: z.string().trim().min(1, 'must ask something').max(4000),
          templates: z.partialRecord(Layer, Template).optional(),
        }),
        response: { 200: AssembledSchema },
      },
    },
    async (request) =>
      prompts().preview(
        principalOf(request).tenantId,
        request.params.id,
        request.body.question,
        request.body.templates,
      ),
  );
};

export default promptRoutes;
