import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  archiveTenantWizard,
  cloneWizard,
  createDraft,
  deleteTenantWizard,
  getWizardDetail,
  importWizardFile,
  listWizardPage,
  publishDraft,
  replaceDraft,
  validateWizardInput,
} from '../../../wizards/index.js';
import { principalOf } from '../../auth/principal.js';
import { SECURITY } from '../../auth/schemas.js';
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
      const page = await listWizardPage(db(), tenantOf(request), request.query);
      return {
        items: page.items.map(listItemJson),
        total: page.total,
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
      const wizard = await createDraft(db(), tenantOf(request), request.body);
      return reply.code(201).send(detailJson(wizard));
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
    async (request) => validateWizardInput(request.body),
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
      const wizard = await importWizardFile(db(), tenantOf(request), request.body);
      return reply.code(201).send(detailJson(wizard));
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
    async (request) => detailJson(await getWizardDetail(db(), tenantOf(request), request.params.id)),
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
    async (request) =>
      detailJson(await replaceDraft(db(), tenantOf(request), request.params.id, request.body)),
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
      await deleteTenantWizard(db(), tenantOf(request), request.params.id);
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
      const { version, wizard } = await publishDraft(db(), tenantOf(request), request.params.id);
      return { version, wizard: detailJson(wizard) };
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
    async (request) => detailJson(await archiveTenantWizard(db(), tenantOf(request), request.params.id)),
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
      const wizard = await cloneWizard(db(), tenantOf(request), request.params.id, request.body ?? {});
      return reply.code(201).send(detailJson(wizard));
    },
  );
};

export default wizardRoutes;
