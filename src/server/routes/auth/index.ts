import rateLimit from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createAccount,
  getTenant,
  getUser,
  listUserTenants,
  MIN_PASSWORD_LENGTH,
  verifyCredentials,
  type TenantWithRole,
  type UserRecord,
} from '../../../db/accounts.js';
import {
  createSession,
  lastSessionTenant,
  revokeSession,
  setSessionTenant,
} from '../../../db/credentials.js';
import { ConflictError } from '../../../db/errors.js';
import { principalOf } from '../../auth/principal.js';
import { RoleSchema, SECURITY, TenantWithRoleSchema, UserSchema, userJson } from '../../auth/schemas.js';
import { HttpProblem } from '../../problem.js';

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

  async function startSession(reply: FastifyReply, user: UserRecord, tenant: TenantWithRole) {
    const session = await createSession(db(), user.id, tenant.id);
    const token = await reply.jwtSign({ sid: session.id });
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
      const account = await createAccount(db(), { email, password, name, tenantName: tenant_name }).catch(
        (error: unknown) => {
          // The same words whoever owns the email, so the answer does not confirm who is registered.
          if (ConflictError.isInstance(error))
            throw new HttpProblem(409, 'no account was created: if you already have one, sign in instead');
          throw error;
        },
      );
      return reply.code(201).send(await startSession(reply, account.user, account.tenant));
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
    async (request, reply) => {
      const user = await verifyCredentials(db(), request.body.email, request.body.password);
      if (!user) throw new HttpProblem(401, 'the email or the password is wrong');
      const tenants = await listUserTenants(db(), user.id);
      const last = await lastSessionTenant(db(), user.id);
      const tenant = tenants.find((t) => t.id === last) ?? tenants[0];
      if (!tenant)
        throw new HttpProblem(403, 'this account belongs to no tenant; ask an admin to add it to one');
      return startSession(reply, user, tenant);
    },
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
      if (request.principal?.sessionId) await revokeSession(db(), request.principal.sessionId);
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
      const [user, tenants, active] = await Promise.all([
        getUser(db(), principal.userId),
        listUserTenants(db(), principal.userId),
        getTenant(db(), principal.tenantId),
      ]);
      return {
        user: userJson(user!),
        tenants,
        active_tenant: {
          id: principal.tenantId,
          name: active?.name ?? principal.tenantId,
          role: principal.role,
        },
        via: principal.via,
      };
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
    async (request) => {
      const principal = principalOf(request);
      if (!principal.sessionId)
        throw new HttpProblem(400, 'an API key is bound to its tenant; only sessions switch');
      const { tenant_id } = request.body;
      const membership = (await listUserTenants(db(), principal.userId)).find((t) => t.id === tenant_id);
      const tenant = membership ?? (principal.superadmin ? await getTenant(db(), tenant_id) : null);
      if (!tenant) throw new HttpProblem(403, `you are not a member of tenant ${tenant_id}`);
      await setSessionTenant(db(), principal.sessionId, tenant.id);
      return { active_tenant: { id: tenant.id, name: tenant.name, role: membership?.role ?? 'owner' } };
    },
  );
};

export default authRoutes;
