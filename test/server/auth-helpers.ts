import type { FastifyInstance } from 'fastify';

/** A signed-up account as tests use it: its token, ids and a header for bearer calls. */
export interface TestAccount {
  token: string;
  userId: string;
  tenantId: string;
  email: string;
  headers: { authorization: string };
}

export const PASSWORD = 'correct horse battery';

/** Signs up through the API (throws unless 201) and returns the account. */
export async function signUp(
  app: FastifyInstance,
  email: string,
  name = email.split('@')[0]!,
): Promise<TestAccount> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-up',
    payload: { email, password: PASSWORD, name },
  });
  if (response.statusCode !== 201)
    throw new Error(`sign-up ${email}: ${response.statusCode} ${response.body}`);
  const body = response.json<{ token: string; user: { id: string }; tenant: { id: string } }>();
  return {
    token: body.token,
    userId: body.user.id,
    tenantId: body.tenant.id,
    email,
    headers: { authorization: `Bearer ${body.token}` },
  };
}

/** Adds a user to the caller's active tenant, creating the account, and signs them in. */
export async function addUser(
  app: FastifyInstance,
  admin: TestAccount,
  email: string,
  role: 'owner' | 'admin' | 'member',
): Promise<TestAccount> {
  const added = await app.inject({
    method: 'POST',
    url: '/api/v1/users',
    headers: admin.headers,
    payload: { email, role, password: PASSWORD },
  });
  if (added.statusCode !== 201) throw new Error(`add ${email}: ${added.statusCode} ${added.body}`);
  const signIn = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email, password: PASSWORD },
  });
  const body = signIn.json<{ token: string; user: { id: string }; tenant: { id: string } }>();
  return {
    token: body.token,
    userId: body.user.id,
    tenantId: body.tenant.id,
    email,
    headers: { authorization: `Bearer ${body.token}` },
  };
}
