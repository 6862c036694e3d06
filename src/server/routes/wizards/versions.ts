import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { WizardDefinitionBaseSchema } from '../../../core/wizard/definition.js';
import { WIZARD_FILE_VERSION } from '../../../core/wizard/wizard-file.js';
import { NotFoundError } from '../../../db/errors.js';
import { listVersions, requireWizard } from '../../../db/wizard-authoring.js';
import { getPublishedVersion } from '../../../db/wizards.js';
import { principalOf } from '../../auth/principal.js';
import { SECURITY } from '../../auth/schemas.js';
import { VersionSummarySchema, WizardFileSchema, WizardParams } from './schemas.js';

const tags = ['wizards'];
const security = SECURITY;

/**
 * Reading a wizard's published versions and exporting it as a wizard file (members and up), scoped to the
 * caller's tenant.
 */
const wizardVersionRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;
  const reader = { onRequest: app.authenticate };
  const tenantOf = (request: Parameters<typeof principalOf>[0]) => principalOf(request).tenantId;

  app.get(
    '/api/v1/wizards/:id/export',
    {
      ...reader,
      schema: {
        tags,
        security,
        summary: 'The wizard as a wizard file: its draft, or a published version with ?version=',
        params: WizardParams,
        querystring: z.object({ version: z.coerce.number().int().positive().optional() }),
        response: { 200: WizardFileSchema },
      },
    },
    async (request, reply) => {
      const row = await requireWizard(db(), tenantOf(request), request.params.id);
      let wizard = row.draft;
      if (request.query.version !== undefined) {
        const published = await getPublishedVersion(db(), row.id, request.query.version);
        if (!published) throw new NotFoundError(`version ${request.query.version} of wizard ${row.id}`);
        wizard = published.definition;
      }
      reply.header('content-disposition', `attachment; filename="${row.slug}.json"`);
      return { version: WIZARD_FILE_VERSION as 1, wizard };
    },
  );

  app.get(
    '/api/v1/wizards/:id/versions',
    {
      ...reader,
      schema: {
        tags,
        security,
        summary: 'Published versions, newest first',
        params: WizardParams,
        response: { 200: z.object({ items: z.array(VersionSummarySchema) }) },
      },
    },
    async (request) => {
      const row = await requireWizard(db(), tenantOf(request), request.params.id);
      const versions = await listVersions(db(), row.id);
      return {
        items: versions.map((x) => ({ version: x.version, published_at: x.publishedAt.toISOString() })),
      };
    },
  );

  app.get(
    '/api/v1/wizards/:id/versions/:version',
    {
      ...reader,
      schema: {
        tags,
        security,
        summary: 'One published version',
        params: WizardParams.extend({ version: z.coerce.number().int().positive() }),
        response: { 200: VersionSummarySchema.extend({ definition: WizardDefinitionBaseSchema }) },
      },
    },
    async (request) => {
      const row = await requireWizard(db(), tenantOf(request), request.params.id);
      const published = await getPublishedVersion(db(), row.id, request.params.version);
      if (!published) throw new NotFoundError(`version ${request.params.version} of wizard ${row.id}`);
      return {
        version: published.version,
        published_at: published.publishedAt.toISOString(),
        definition: published.definition,
      };
    },
  );
};

export default wizardVersionRoutes;
