import type { FastifyInstance } from 'fastify';
import { principalOf } from '../../auth/principal.js';

/**
 * What every route under `/api/v1/sidekicks/:id/quality` shares: the OpenAPI tag and security, the member
 * (read) and admin (write) preHandlers, the quality service, the path prefix `base` and the caller's tenant.
 * The service loads the sidekick within that tenant (another tenant's is 404).
 */
export function qualityRouteKit(app: Pick<FastifyInstance, 'authorize' | 'runtime'>) {
  const security: Array<Record<string, string[]>> = [{ bearer: [] }, { cookie: [] }];
  return {
    tags: ['quality'],
    security,
    read: app.authorize('member'),
    write: app.authorize('admin'),
    quality: () => app.runtime.quality,
    base: '/api/v1/sidekicks/:id/quality',
    tenant: (request: Parameters<typeof principalOf>[0]) => principalOf(request).tenantId,
  };
}
