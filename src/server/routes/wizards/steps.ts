import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { StepSchema } from '../../../core/wizard/definition.js';
import { addStep, patchStep, removeStep, reorderWizardSteps } from '../../../wizards/index.js';
import { principalOf } from '../../auth/principal.js';
import { SECURITY } from '../../auth/schemas.js';
import { detailJson, WizardDetailSchema, WizardParams } from './schemas.js';

const tags = ['wizards'];
const security = SECURITY;
const StepParams = WizardParams.extend({ stepId: z.string().min(1).max(64) });

/**
 * Step operations on a wizard's draft (admin+): add at a position, update (merge), delete (the others keep
 * their order), and reorder in one call. Each answers the wizard with its new draft and the draft's
 * `problems` (e.g. a condition still reading a deleted field: saved, but publish is refused until fixed).
 */
const wizardStepRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;
  const author = { onRequest: app.authorize('admin') };
  const tenantOf = (request: Parameters<typeof principalOf>[0]) => principalOf(request).tenantId;

  app.post(
    '/api/v1/wizards/:id/steps',
    {
      ...author,
      schema: {
        tags,
        security,
        summary: 'Add a step at a position (default: last)',
        params: WizardParams,
        body: z.strictObject({
          step: StepSchema,
          position: z.number().int().min(0).optional().describe('0 = first; default or beyond the end: last'),
        }),
        response: { 201: WizardDetailSchema },
      },
    },
    async (request, reply) => {
      const { step, position } = request.body;
      const wizard = await addStep(db(), tenantOf(request), request.params.id, step, position);
      return reply.code(201).send(detailJson(wizard));
    },
  );

  app.put(
    '/api/v1/wizards/:id/steps/order',
    {
      ...author,
      schema: {
        tags,
        security,
        summary: 'Reorder the steps: the full list of step ids, in the new order',
        params: WizardParams,
        body: z.strictObject({ step_ids: z.array(z.string().min(1).max(64)).min(1) }),
        response: { 200: WizardDetailSchema },
      },
    },
    async (request) =>
      detailJson(await reorderWizardSteps(db(), tenantOf(request), request.params.id, request.body.step_ids)),
  );

  app.patch(
    '/api/v1/wizards/:id/steps/:stepId',
    {
      ...author,
      schema: {
        tags,
        security,
        summary: 'Update a step: the given properties replace its own (`fields` replaces the field list)',
        params: StepParams,
        body: StepSchema.partial(),
        response: { 200: WizardDetailSchema },
      },
    },
    async (request) => {
      const { id, stepId } = request.params;
      return detailJson(await patchStep(db(), tenantOf(request), id, stepId, request.body));
    },
  );

  app.delete(
    '/api/v1/wizards/:id/steps/:stepId',
    {
      ...author,
      schema: {
        tags,
        security,
        summary: 'Delete a step; the others keep their order',
        params: StepParams,
        response: { 200: WizardDetailSchema },
      },
    },
    async (request) => {
      const { id, stepId } = request.params;
      return detailJson(await removeStep(db(), tenantOf(request), id, stepId));
    },
  );
};

export default wizardStepRoutes;
