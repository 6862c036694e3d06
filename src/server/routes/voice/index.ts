import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../../core/errors.js';
import { principalOf } from '../../auth/principal.js';
import { SidekickParams } from '../sidekicks/schemas.js';
import { accessOf, callerRateLimit, runAccessHook } from '../runs/access.js';
import { RunIdParams } from '../runs/schemas.js';

const VoiceCallResponse = z.object({
  room_name: z.string(),
  token: z.string().describe('a LiveKit participant token (JWT) for room_name'),
  ws_url: z.string().describe('the LiveKit server to connect to with livekit-client'),
});

const VoiceStatusResponse = z.object({
  livekit: z
    .boolean()
    .describe('whether voice calls go through LiveKit; otherwise browsers use their own speech'),
});

const security: Array<Record<string, string[]>> = [{ bearer: [] }, { cookie: [] }, { runToken: [] }];

/**
 * Voice calls under `/api/v1`:
 * - `GET /voice`: whether LiveKit is configured (the web app's voice button picks LiveKit or the browser's
 *   own speech recognition and synthesis).
 * - `POST /runs/:id/voice` (the run's token or a signed-in caller who may use the run; 401/404 otherwise):
 *   `{room_name, token, ws_url}` for room `wizard-<run id>`, whose token dispatches `wizard-guide-agent` with
 *   the run id. Issued without calling the LiveKit server. 409 when the run is no longer active; 503 naming
 *   the missing LIVEKIT_* settings when LiveKit is not configured. Rate-limited like guide messages.
 * - `POST /sidekicks/:id/voice` (a signed-in member of the sidekick's tenant; another tenant's sidekick is
 *   404): the same for a call with a sidekick, in a room of the caller's own, dispatching `sidekick-agent`
 *   with the sidekick, tenant and caller ids (the call is stored as the caller's chat thread).
 */
const voiceRoutes: FastifyPluginAsyncZod = async (app) => {
  if (!app.hasDecorator('rateLimit')) await app.register(rateLimit, { global: false });
  if (!app.hasRequestDecorator('runAccess')) app.decorateRequest('runAccess', null);
  const access = runAccessHook(app);

  app.get(
    '/voice',
    {
      schema: {
        tags: ['voice'],
        summary: 'Whether voice calls go through LiveKit',
        response: { 200: VoiceStatusResponse },
      },
    },
    async () => ({ livekit: app.runtime.voiceCalls.configured }),
  );

  app.post(
    '/runs/:id/voice',
    {
      preHandler: access,
      config: callerRateLimit(app.config.GUIDEPOST_RATE_LIMIT_MESSAGES),
      schema: {
        tags: ['runs', 'voice'],
        security,
        summary: "Join a voice call with the run's guide (LiveKit room, participant token, server URL)",
        params: RunIdParams,
        response: { 200: VoiceCallResponse },
      },
    },
    async (request) => {
      const { run, via, caller } = accessOf(request);
      if (run.status !== 'active')
        throw new DomainError('conflict', `the run is ${run.status}: there is nothing left to talk about`);
      const identity = via === 'session' && caller ? `user-${caller.userId}` : `visitor-${run.id}`;
      return app.runtime.voiceCalls.forRun(run.id, { identity });
    },
  );

  app.post(
    '/sidekicks/:id/voice',
    {
      preHandler: app.authorize('member'),
      config: callerRateLimit(app.config.GUIDEPOST_RATE_LIMIT_MESSAGES),
      schema: {
        tags: ['sidekicks', 'voice'],
        security: [{ bearer: [] }, { cookie: [] }],
        summary: 'Join a voice call with a sidekick (LiveKit room, participant token, server URL)',
        params: SidekickParams,
        response: { 200: VoiceCallResponse },
      },
    },
    async (request) => {
      const { tenantId, userId } = principalOf(request);
      const sidekick = await app.runtime.sidekicks.get(tenantId, request.params.id);
      return app.runtime.voiceCalls.forSidekick(
        sidekick.id,
        { tenantId, userId },
        { identity: `user-${userId}` },
      );
    },
  );
};

export default voiceRoutes;
