import rateLimit from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  changeOwnAccount,
  describeCaller,
  MIN_PASSWORD_LENGTH,
  signIn,
  signOut,
  signUp,
  switchTenant,
  type SignedIn,
} from '../../../accounts/index.js';
import { principalOf } from '../../auth/principal.js';
import { RoleSchema, SECURITY, TenantWithRoleSchema, UserSchema, userJson } from '../../auth/schemas.js';

const SignUpBody = z.strictObject({
  email: z.email().max(320),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(1024),
  name: z.string().trim().min(1).max(200),
  tenant_name: z.string().trim().min(1).max(200).optional().describe('default: "<name>\'s workspace"'),
});
const SignInBody = z.strictObject({
  email: z.string().min(1).max(320),
  password: z.string().min(1).max(1024),
});
const SessionResponse = z.object({
  token: z
    .string()
    .describe('the session token: send it as `Authorization: Bearer <token>` (also set as a cookie)'),
  user: UserSchema,
  tenant: TenantWithRoleSchema,
});
const UpdateMeBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  email: z.email().max(320).optional(),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(1024).optional().describe('the new password'),
  current_password: z.string().max(1024).optional().describe('required to change the email or the password'),
});
const MeResponse = z.object({
  user: UserSchema,
  tenants: z.array(TenantWithRoleSchema),
  active_tenant: z.object({ id: z.string(), name: z.string(), role: RoleSchema }),
  via: z.enum(['session', 'api_key']),
});

/**
 * Accounts: `POST /api/v1/auth/sign-up` (GUIDEPOST_RATE_LIMIT_SIGN_UP per IP and minute; an email already
 * registered gets a generic 409), `sign-in` (at most GUIDEPOST_RATE_LIMIT_SIGN_IN attempts per IP + email
 * and minute), `sign-out`, `GET me`, `POST switch-tenant`. Sign-up and sign-in answer a session token and set
 * the `guidepost_session` cookie.
 */
const authRoutes: FastifyPluginAsyncZod = async (app) => {
  // Per route, never global: a global limit breaks WebSocket upgrades.
  await app.register(rateLimit, { global: false });
  const db = () => app.database.db;
  const signInLimit = app.config.GUIDEPOST_RATE_LIMIT_SIGN_IN;

  async function sessionAnswer(reply: FastifyReply, { user, tenant, sessionId }: SignedIn) {
    const token = await reply.jwtSign({ sid: sessionId });
    reply.setSessionCookie(token);
    return { token, user: userJson(user), tenant };
  }

  app.post(
    '/api/v1/auth/sign-up',
    {
      config: { rateLimit: { max: app.config.GUIDEPOST_RATE_LIMIT_SIGN_UP, timeWindow: 60_000 } },
      schema: {
        tags: ['auth'],
        summary: 'Create an account (the first one becomes superadmin of the default tenant)',
        body: SignUpBody,
        response: { 201: SessionResponse },
      },
    },
    async (request, reply) => {
      const { email, password, name, tenant_name } = request.body;
      const signedIn = await signUp(db(), { email, password, name, tenantName: tenant_name });
      return reply.code(201).send(await sessionAnswer(reply, signedIn));
    },
  );

  app.post(
    '/api/v1/auth/sign-in',
    {
      config: {
        rateLimit: {
          max: signInLimit,
          timeWindow: 60_000,
          hook: 'preHandler',
          keyGenerator: (request: FastifyRequest) =>
            `${request.ip}|${String((request.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}`,
        },
      },
      schema: {
        tags: ['auth'],
        summary: `Sign in with email and password (${signInLimit} attempts per minute per IP and email)`,
        body: SignInBody,
        response: { 200: SessionResponse },
      },
    },
    async (request, reply) =>
      sessionAnswer(reply, await signIn(db(), request.body.email, request.body.password)),
  );

  app.post(
    '/api/v1/auth/sign-out',
    {
      schema: {
        tags: ['auth'],
        summary: 'Revoke the current session and clear its cookie',
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      if (request.principal?.sessionId) await signOut(db(), request.principal.sessionId);
      return reply.clearSessionCookie().code(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['auth'],
        summary: 'The caller, their tenants and the active tenant',
        response: { 200: MeResponse },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { user, tenants, activeTenant } = await describeCaller(db(), principal);
      return { user: userJson(user), tenants, active_tenant: activeTenant, via: principal.via };
    },
  );

  app.patch(
    '/api/v1/auth/me',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['auth'],
        summary: 'Change my name, email or password (email and password need the current password)',
        body: UpdateMeBody,
        response: { 200: MeResponse },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { current_password: currentPassword, ...change } = request.body;
      await changeOwnAccount(db(), principal.userId, {
        ...change,
        ...(currentPassword !== undefined ? { currentPassword } : {}),
      });
      const { user, tenants, activeTenant } = await describeCaller(db(), principal);
      return { user: userJson(user), tenants, active_tenant: activeTenant, via: principal.via };
    },
  );

  app.post(
    '/api/v1/auth/switch-tenant',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['auth'],
        security: SECURITY,
        summary: "Change the session's active tenant",
        body: z.strictObject({ tenant_id: z.string().min(1).max(100) }),
        response: { 200: z.object({ active_tenant: TenantWithRoleSchema }) },
      },
    },
    async (request) => ({
      active_tenant: await switchTenant(db(), principalOf(request), request.body.tenant_id),
    }),
  );
};

export default authRoutes;
