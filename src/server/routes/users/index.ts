import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addMember,
  changeMember,
  createAccount,
  getMember,
  getUserByEmail,
  listAllUsers,
  listMembers,
  MIN_PASSWORD_LENGTH,
} from '../../../db/accounts.js';
import type { TenantRole } from '../../../db/schema-accounts.js';
import { principalOf, type Principal } from '../../auth/principal.js';
import {
  MemberSchema,
  RoleSchema,
  TenantWithRoleSchema,
  UserSchema,
  memberJson,
  userJson,
  SECURITY,
} from '../../auth/schemas.js';

import { HttpProblem, notFound } from '../../problem.js';

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

function checkOwnerChange(principal: Principal, ...roles: Array<TenantRole | undefined>): void {
  if (roles.includes('owner') && principal.role !== 'owner' && !principal.superadmin)
    throw new HttpProblem(403, 'only an owner may grant, change or remove the owner role');
}

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
    async (request) => ({ items: (await listMembers(db(), principalOf(request).tenantId)).map(memberJson) }),
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
      const principal = principalOf(request);
      const { email, role, password, name } = request.body;
      checkOwnerChange(principal, role);
      const existing = await getUserByEmail(db(), email);
      if (!existing && !password)
        throw new HttpProblem(
          404,
          `there is no account with the email ${email}; send a password to create one`,
        );
      const member = existing
        ? await addMember(db(), principal.tenantId, existing.id, role)
        : {
            ...(
              await createAccount(db(), {
                email,
                password: password!,
                name,
                tenant: principal.tenantId,
                role,
              })
            ).user,
            role,
          };
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
    async (request) => {
      const principal = principalOf(request);
      const member = await getMember(db(), principal.tenantId, request.params.userId);
      if (!member) throw notFound(`user ${request.params.userId}`);
      checkOwnerChange(principal, member.role, request.body.role);
      return memberJson((await changeMember(db(), principal.tenantId, member.id, request.body.role))!);
    },
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
      const principal = principalOf(request);
      const member = await getMember(db(), principal.tenantId, request.params.userId);
      if (!member) throw notFound(`user ${request.params.userId}`);
      checkOwnerChange(principal, member.role);
      await changeMember(db(), principal.tenantId, member.id, null);
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
      items: (await listAllUsers(db())).map((user) => ({ ...userJson(user), tenants: user.tenants })),
    }),
  );
};

export default userRoutes;
