import cookie from '@fastify/cookie';
import jwt from '@fastify/jwt';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hkdfSync } from 'node:crypto';
import { SESSION_TTL_MS, type TenantRole } from '../../accounts/index.js';
import { ROLE_RANK, type Principal } from '../auth/principal.js';
import { resolvePrincipal, SESSION_COOKIE } from '../auth/resolve.js';
import { HttpProblem } from '../problem.js';

declare module 'fastify' {
  interface FastifyReply {
    /** Sets the httpOnly session cookie to this session token. */
    setSessionCookie(token: string): FastifyReply;
    /** Clears the session cookie. */
    clearSessionCookie(): FastifyReply;
  }
}

/** The key that signs session JWTs: HKDF-SHA256 of the app secret, so it differs from the encryption key. */
export function sessionSigningKey(appSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', appSecret, 'guidepost', 'session-jwt-v1', 32));
}

function unauthorized(): HttpProblem {
  return new HttpProblem(
    401,
    'sign in first: send the session cookie, a bearer session token or an API key',
    {
      headers: { 'www-authenticate': 'Bearer' },
    },
  );
}

function requirePrincipal(request: FastifyRequest): Principal {
  if (!request.principal) throw unauthorized();
  return request.principal;
}

/**
 * Authentication and authorization (implements `auth/principal.ts`): registers @fastify/cookie and
 * @fastify/jwt (key derived from `app.appSecret`), sets `request.principal` on every request from the session
 * cookie, a bearer session token or a bearer API key (anything invalid → anonymous), and decorates the app with
 * `authenticate`, `authorize(minRole)` and `requireSuperadmin` preHandlers and the reply with cookie helpers.
 */
async function authPlugin(app: FastifyInstance): Promise<void> {
  await app.register(cookie);
  await app.register(jwt, {
    secret: sessionSigningKey(app.appSecret),
    sign: { expiresIn: Math.floor(SESSION_TTL_MS / 1000) },
  });
  const secure = app.config.PUBLIC_URL?.startsWith('https:') ?? false;

  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    request.principal = await resolvePrincipal(app, request);
  });

  app.decorate('authenticate', async (request: FastifyRequest) => {
    requirePrincipal(request);
  });
  app.decorate('authorize', (minRole: TenantRole) => async (request: FastifyRequest) => {
    const principal = requirePrincipal(request);
    if (principal.superadmin || ROLE_RANK[principal.role] >= ROLE_RANK[minRole]) return;
    throw new HttpProblem(
      403,
      `this needs the ${minRole} role (or higher) in tenant ${principal.tenantId}; your role there is ${principal.role}`,
    );
  });
  app.decorate('requireSuperadmin', async (request: FastifyRequest) => {
    if (!requirePrincipal(request).superadmin) throw new HttpProblem(403, 'only a superadmin may do this');
  });

  app.decorateReply('setSessionCookie', function (this: FastifyReply, token: string) {
    return this.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure,
      path: '/',
      maxAge: Math.floor(SESSION_TTL_MS / 1000),
    });
  });
  app.decorateReply('clearSessionCookie', function (this: FastifyReply) {
    return this.clearCookie(SESSION_COOKIE, { path: '/' });
  });
}

export default fp(authPlugin, { name: 'auth', dependencies: ['runtime'] });
