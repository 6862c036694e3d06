import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../auth/principal.js';

const VoiceSchema = z.object({
  id: z.string(),
  name: z.string(),
  gender: z.enum(['male', 'female', 'neutral']).nullable(),
  accent: z.string().nullable(),
  description: z.string(),
  source: z.enum(['guidepost', 'elevenlabs']),
  preview_url: z
    .string()
    .describe('plays a short sample (audio/wav for Guidepost voices, audio/mpeg for ElevenLabs)'),
});

/**
 * Voices: `GET /api/v1/voices` (members; Guidepost's four, plus the tenant's ElevenLabs voices with its key;
 * `q`, `gender`, `accent` filter) and `GET /api/v1/voices/:id/preview` (a sample: Guidepost's voices for
 * anyone, e.g. a visitor of a public wizard choosing a voice; ElevenLabs voices for the tenant's members).
 */
const voiceRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['sidekicks'];

  app.get(
    '/api/v1/voices',
    {
      preHandler: app.authorize('member'),
      schema: {
        tags,
        security: [{ bearer: [] }, { cookie: [] }],
        summary: 'Voices a sidekick can speak with (search, filter by gender and accent)',
        querystring: z.strictObject({
          q: z.string().max(200).optional(),
          gender: z.enum(['male', 'female', 'neutral']).optional(),
          accent: z.string().max(100).optional(),
        }),
        response: { 200: z.object({ items: z.array(VoiceSchema) }) },
      },
    },
    async (request) => {
      const voices = await app.runtime.voices.list(principalOf(request).tenantId, request.query);
      return {
        items: voices.map((v) => ({
          ...v,
          preview_url: `/api/v1/voices/${encodeURIComponent(v.id)}/preview`,
        })),
      };
    },
  );

  app.get(
    '/api/v1/voices/:id/preview',
    {
      schema: {
        tags,
        summary: 'A sample of a voice (espeak-ng WAV for Guidepost voices, cached; ElevenLabs MP3 relayed)',
        params: z.object({ id: z.string().min(1).max(200) }),
      },
    },
    async (request, reply) => {
      const tenantId = request.principal?.tenantId ?? null;
      const own = !request.params.id.startsWith('elevenlabs:');
      const preview = await app.runtime.voices.preview(tenantId, request.params.id);
      reply.header('cache-control', own ? 'public, max-age=86400' : 'private, max-age=3600');
      return reply.type(preview.contentType).send(preview.data);
    },
  );
};

export default voiceRoutes;
