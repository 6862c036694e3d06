import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../../core/errors.js';
import { McpHttpSessions, type McpSessionOwner } from '../../../mcp/http-sessions.js';
import { callerOf } from '../runs/access.js';

const SESSION_HEADER = 'mcp-session-id';

/** The caller of `/mcp`: a bearer API key, acting in its tenant. Throws `unauthenticated` otherwise. */
function ownerOf(request: FastifyRequest): McpSessionOwner {
  const principal = callerOf(request);
  if (!principal?.apiKeyId)
    throw new DomainError(
      'unauthenticated',
      'the MCP endpoint takes an API key: send "Authorization: Bearer gp_…" (create one under Settings → API keys)',
    );
  return { credential: principal.apiKeyId, tenantId: principal.tenantId };
}

/**
 * `/mcp`: the tenant's published wizards as MCP tools over Streamable HTTP (POST messages, GET the server's
 * event stream, DELETE to end a session), authenticated by an API key (see McpHttpSessions and
 * createWizardMcpServer). Refusals before the MCP transport takes over are problem+json: 401 without an API
 * key, 404 for an unknown session, 400 for a request without a session that is not `initialize`, 429 beyond
 * GUIDEPOST_RATE_LIMIT_MCP requests per key and minute.
 */
const mcpRoutes: FastifyPluginAsync = async (app) => {
  if (!app.hasDecorator('rateLimit')) await app.register(rateLimit, { global: false });
  const sessions = new McpHttpSessions(app.runtime);
  app.addHook('preClose', async () => sessions.close());
  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    const owner = ownerOf(request);
    const header = request.headers[SESSION_HEADER];
    const sessionId = typeof header === 'string' ? header : undefined;
    sessions.check(request.method, sessionId, request.body, owner);
    reply.hijack();
    await sessions.handle(request.raw, reply.raw, request.body, owner, sessionId);
  };
  app.route({
    method: ['POST', 'GET', 'DELETE'],
    url: '/mcp',
    config: {
      rateLimit: {
        max: app.config.GUIDEPOST_RATE_LIMIT_MCP,
        timeWindow: '1 minute',
        hook: 'preHandler',
        keyGenerator: (request: FastifyRequest) => `mcp:${callerOf(request)?.apiKeyId ?? request.ip}`,
      },
    },
    schema: {
      tags: ['mcp'],
      security: [{ bearer: [] }],
      summary: "MCP (Streamable HTTP): the tenant's published wizards as tools; authenticate with an API key",
    },
    handler,
  });
};

export default mcpRoutes;
