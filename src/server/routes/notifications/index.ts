import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../auth/principal.js';
import { SECURITY } from '../../auth/schemas.js';
import {
  EmailNotificationBody,
  EmailNotificationSchema,
  emailJson,
  NotificationOverviewSchema,
  sentJson,
  WizardParams,
} from './schemas.js';

/**
 * Email notification API (admins, the caller's tenant): a wizard's completion email (recipients, subject),
 * the emails sent, and a test email. Emails go out through the SMTP_* settings; without SMTP_HOST the
 * overview says so and a test answers 503.
 */
const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['notifications'];
  const preHandler = app.authorize('admin');
  const base = '/api/v1/wizards/:wizardId/notifications';

  app.get(
    base,
    {
      preHandler,
      schema: {
        tags,
        security: SECURITY,
        summary: "A wizard's completion email, the latest emails sent, and whether SMTP is configured",
        params: WizardParams,
        response: { 200: NotificationOverviewSchema },
      },
    },
    async (request) => {
      const overview = await app.runtime.notifications.overview(
        principalOf(request).tenantId,
        request.params.wizardId,
      );
      return {
        smtp_configured: overview.smtpConfigured,
        email: overview.email ? emailJson(overview.email) : null,
        recent: overview.recent.map(sentJson),
      };
    },
  );

  app.put(
    `${base}/email`,
    {
      preHandler,
      schema: {
        tags,
        security: SECURITY,
        summary: 'Set the email sent to recipients when a run of the wizard completes',
        params: WizardParams,
        body: EmailNotificationBody,
        response: { 200: EmailNotificationSchema },
      },
    },
    async (request) =>
      emailJson(
        await app.runtime.notifications.setEmail(
          principalOf(request).tenantId,
          request.params.wizardId,
          request.body,
        ),
      ),
  );

  app.delete(
    `${base}/email`,
    {
      preHandler,
      schema: {
        tags,
        security: SECURITY,
        summary: "Remove the wizard's completion email",
        params: WizardParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await app.runtime.notifications.removeEmail(principalOf(request).tenantId, request.params.wizardId);
      return reply.code(204).send(null);
    },
  );

  app.post(
    `${base}/email/test`,
    {
      preHandler,
      schema: {
        tags,
        security: SECURITY,
        summary: "Send a test email to the completion email's recipients now",
        params: WizardParams,
        response: { 200: z.object({ message_id: z.string(), accepted: z.array(z.string()) }) },
      },
    },
    async (request) => {
      const receipt = await app.runtime.notifications.sendTest(
        principalOf(request).tenantId,
        request.params.wizardId,
      );
      return { message_id: receipt.messageId, accepted: receipt.accepted };
    },
  );
};

export default notificationRoutes;
