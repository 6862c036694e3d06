import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importWizard } from '../../../core/wizard/wizard-file.js';
import { InvalidDefinitionError } from '../../../db/errors.js';
import {
  archiveWizard,
  checkDefinition,
  checkDraft,
  cloneDefinition,
  createWizard,
  deleteWizard,
  editDraft,
  listTenantWizards,
  listVersions,
  publishWizard,
  readWizardFileDraft,
  requireWizard,
} from '../../../db/wizard-authoring.js';
import { wizardListFacts, type WizardRecord } from '../../../db/wizards.js';
import { principalOf } from '../../auth/principal.js';
import { SECURITY } from '../../auth/schemas.js';
import { HttpProblem } from '../../problem.js';
import wizardVersionRoutes from './versions.js';
import {
  CloneBody,
  DefinitionBody,
  DefinitionProblemSchema,
  detailJson,
  listItemJson,
  ListQuery,
  PageSchema,
  WizardDetailSchema,
  WizardParams,
} from './schemas.js';

const tags = ['wizards'];
const security = SECURITY;
const ProblemsSchema = z.object({ ok: z.boolean(), problems: z.array(DefinitionProblemSchema) });

/**
 * The wizard API under `/api/v1/wizards`, scoped to the caller's tenant (another tenant's wizard is a 404).
 * Members list and read; admins, owners and superadmins author (create, update, delete, publish, archive,
 * clone, import). Drafts are saved whenever their structure is sound, and every answer that carries a draft
 * lists its `problems`; publish refuses a draft while any exists (422). Export and versions are in
 * `./versions.ts`, steps in `./steps.ts`, templates in `./templates.ts`.
 */
const wizardRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;
  const reader = { onRequest: app.authenticate };
  const author = { onRequest: app.authorize('admin') };
  const tenantOf = (request: Parameters<typeof principalOf>[0]) => principalOf(request).tenantId;
  const detail = async (row: WizardRecord) => detailJson(row, await listVersions(db(), row.id));
  await app.register(wizardVersionRoutes);

  app.get(
    '/api/v1/wizards',
    {
      ...reader,
      schema: {
        tags,
        security,
        summary: 'List wizards, each with its step count, guide, runs and completion rate',
        querystring: ListQuery,
        response: { 200: PageSchema },
      },
    },
    async (request) => {
      const tenant = tenantOf(request);
      const page = await listTenantWizards(db(), tenant, request.query);
      const facts = await wizardListFacts(
        db(),
        tenant,
        page.items.map((w) => w.id),
      );
      return {
        ...page,
        items: page.items.map((w) => listItemJson(w, facts.get(w.id))),
        limit: request.query.limit,
        offset: request.query.offset,
      };
    },
  );

  app.post(
    '/api/v1/wizards',
    {
      ...author,
      schema: {
        tags,
        security,
        summary: 'Create a draft wizard from a definition (its problems are listed, not refused)',
        body: DefinitionBody,
        response: { 201: WizardDetailSchema },
      },
    },
    async (request, reply) => {
      const row = await createWizard(db(), tenantOf(request), checkDraft(request.body));
      return reply.code(201).send(await detail(row));
    },
  );

  app.post(
    '/api/v1/wizards/validate',
    {
      ...reader,
      schema: {
        tags,
        security,
        summary: 'Check a definition or a wizard file and list every problem (always 200)',
        body: z.unknown(),
        response: { 200: ProblemsSchema },
      },
    },
    async (request) => {
      const body = request.body as Record<string, unknown> | null;
      const isFile = typeof body === 'object' && body !== null && 'wizard' in body && 'version' in body;
      if (isFile) {
        const result = importWizard(body);
        return { ok: result.ok, problems: result.ok ? [] : result.problems };
      }
      try {
        checkDefinition(body);
        return { ok: true, problems: [] };
      } catch (error) {
        if (!InvalidDefinitionError.isInstance(error)) throw error;
        return { ok: false, problems: error.problems };
      }
    },
  );

  app.post(
    '/api/v1/wizards/import',
    {
      ...author,
      schema: {
        tags,
        security,
        summary: 'Import a wizard file {version, wizard} as a new draft (the slug gets -2, -3… when taken)',
        body: z.looseObject({ version: z.unknown(), wizard: z.unknown() }),
        response: { 201: WizardDetailSchema },
      },
    },
    async (request, reply) => {
      const definition = readWizardFileDraft(request.body);
      const row = await createWizard(db(), tenantOf(request), definition, 'suffix');
      return reply.code(201).send(await detail(row));
    },
  );

  app.get(
    '/api/v1/wizards/:id',
    {
      ...reader,
      schema: {
        tags,
        security,
        summary: 'A wizard: its draft and its published versions',
        params: WizardParams,
        response: { 200: WizardDetailSchema },
      },
    },
    async (request) => detail(await requireWizard(db(), tenantOf(request), request.params.id)),
  );

  app.put(
    '/api/v1/wizards/:id',
    {
      ...author,
      schema: {
        tags,
        security,
        summary: "Replace the wizard's draft (published versions stay; archived → 409)",
        params: WizardParams,
        body: DefinitionBody,
        response: { 200: WizardDetailSchema },
      },
    },
    async (request) => {
      const definition = checkDraft(request.body);
      return detail(await editDraft(db(), tenantOf(request), request.params.id, () => definition));
    },
  );

  app.delete(
    '/api/v1/wizards/:id',
    {
      ...author,
      schema: {
        tags,
        security,
        summary: 'Delete a wizard that has no runs (otherwise 409: archive it)',
        params: WizardParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteWizard(db(), tenantOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/wizards/:id/publish',
    {
      ...author,
      schema: {
        tags,
        security,
        summary: 'Publish the draft as a new immutable version (a draft with problems → 422 listing each)',
        params: WizardParams,
        response: { 200: z.object({ version: z.number().int(), wizard: WizardDetailSchema }) },
      },
    },
    async (request) => {
      const tenant = tenantOf(request);
      const version = await publishWizard(db(), tenant, request.params.id).catch((error: unknown) => {
        if (!InvalidDefinitionError.isInstance(error)) throw error;
        throw unpublishable(error.problems);
      });
      return { version, wizard: await detail(await requireWizard(db(), tenant, request.params.id)) };
    },
  );

  app.post(
    '/api/v1/wizards/:id/archive',
    {
      ...author,
      schema: {
        tags,
        security,
        summary: 'Archive a wizard: hidden from lists; its versions and runs stay',
        params: WizardParams,
        response: { 200: WizardDetailSchema },
      },
    },
    async (request) => {
      const tenant = tenantOf(request);
      await archiveWizard(db(), tenant, request.params.id);
      return detail(await requireWizard(db(), tenant, request.params.id));
    },
  );

  app.post(
    '/api/v1/wizards/:id/clone',
    {
      ...author,
      schema: {
        tags,
        security,
        summary: "Copy a wizard's draft into a new draft wizard",
        params: WizardParams,
        body: CloneBody,
        response: { 201: WizardDetailSchema },
      },
    },
    async (request, reply) => {
      const tenant = tenantOf(request);
      const source = await requireWizard(db(), tenant, request.params.id);
      const row = await cloneDefinition(db(), tenant, source.draft, request.body ?? {});
      return reply.code(201).send(await detail(row));
    },
  );
};

/** 422 for a draft that cannot be published: `invalid_params` names each problem `draft.<path>`. */
function unpublishable(problems: Array<{ path: string; message: string }>): HttpProblem {
  const params = problems.map((p) => ({ name: `draft.${p.path}`, reason: p.message }));
  return new HttpProblem(
    422,
    `the draft cannot be published until every problem is fixed: ${params.map((p) => `${p.name}: ${p.reason}`).join('; ')}`,
    { invalid_params: params, problems },
  );
}

export default wizardRoutes;
