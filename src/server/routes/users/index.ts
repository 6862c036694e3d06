import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addTenantUser,
  changeMemberRole,
  listTenantMembers,
  listUsersWithTenants,
  MIN_PASSWORD_LENGTH,
  removeMember,
} from '../../../accounts/index.js';
import { principalOf } from '../../auth/principal.js';
import {
  MemberSchema,
  RoleSchema,
  TenantWithRoleSchema,
  UserSchema,
  memberJson,
  userJson,
  SECURITY,
} from '../../auth/schemas.js';

const AddUserBody = z.strictObject({
  email: z.email().max(320),
  role: RoleSchema.default('member'),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH)
    .max(1024)
    .optional()
    .describe('creates the account when none has this email'),
  name: z.string().trim().min(1).max(200).optional(),
});
const UserParams = z.object({ userId: z.string().min(1).max(100) });

/**
 * Users of the active tenant (admin+): list, add by email with a role, change a role, remove. Only owners
 * grant or take away the owner role. `GET /api/v1/admin/users` lists every user (superadmin).
 */
const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;

  app.get(
    '/api/v1/users',
    {
      onRequest: app.authorize('admin'),
      schema: {
        tags: ['users'],
        security: SECURITY,
        summary: 'The users of the active tenant',
        response: { 200: z.object({ items: z.array(MemberSchema) }) },
      },
    },
    async (request) => ({
      items: (await listTenantMembers(db(), principalOf(request).tenantId)).map(memberJson),
    }),
  );

  app.post(
    '/api/v1/users',
    {
      onRequest: app.authorize('admin'),
      schema: {
        tags: ['users'],
        security: SECURITY,
        summary: 'Add a user to the active tenant by email (creating the account when a password is given)',
        body: AddUserBody,
        response: { 201: MemberSchema },
      },
    },
    async (request, reply) => {
      const member = await addTenantUser(db(), principalOf(request), request.body);
      return reply.code(201).send(memberJson(member));
    },
  );

  app.patch(
    '/api/v1/users/:userId',
    {
      onRequest: app.authorize('admin'),
      schema: {
        tags: ['users'],
        security: SECURITY,
        summary: "Change a user's role in the active tenant",
        params: UserParams,
        body: z.strictObject({ role: RoleSchema }),
        response: { 200: MemberSchema },
      },
    },
    async (request) =>
      memberJson(
        await changeMemberRole(db(), principalOf(request), request.params.userId, request.body.role),
      ),
  );

  app.delete(
    '/api/v1/users/:userId',
    {
      onRequest: app.authorize('admin'),
      schema: {
        tags: ['users'],
        security: SECURITY,
        summary: 'Remove a user from the active tenant (the account stays)',
        params: UserParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeMember(db(), principalOf(request), request.params.userId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/admin/users',
    {
      onRequest: app.requireSuperadmin,
      schema: {
        tags: ['users'],
        security: SECURITY,
        summary: 'Every user of the installation with their tenants (superadmin)',
        response: {
          200: z.object({ items: z.array(UserSchema.extend({ tenants: z.array(TenantWithRoleSchema) })) }),
        },
      },
    },
    async () => ({
      items: (await listUsersWithTenants(db())).map((user) => ({ ...userJson(user), tenants: user.tenants })),
    }),
  );
};

export default userRoutes;
