import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { WizardDefinitionBaseSchema } from '../../../core/wizard/definition.js';
import { WIZARD_FILE_VERSION } from '../../../core/wizard/wizard-file.js';
import { exportDefinition, getWizardVersion, listWizardVersions } from '../../../wizards/index.js';
import { principalOf } from '../../auth/principal.js';
import { SECURITY } from '../../auth/schemas.js';
import { versionJson, VersionSummarySchema, WizardFileSchema, WizardParams } from './schemas.js';

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
      const { slug, definition } = await exportDefinition(
        db(),
        tenantOf(request),
        request.params.id,
        request.query.version,
      );
      reply.header('content-disposition', `attachment; filename="${slug}.json"`);
      return { version: WIZARD_FILE_VERSION as 1, wizard: definition };
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
    async (request) => ({
      items: (await listWizardVersions(db(), tenantOf(request), request.params.id)).map(versionJson),
    }),
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
      const { id, version } = request.params;
      const published = await getWizardVersion(db(), tenantOf(request), id, version);
      return { ...versionJson(published), definition: published.definition };
    },
  );
};

export default wizardVersionRoutes;
