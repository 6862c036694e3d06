import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import {
  IN_PROCESS_META_RUN,
  IN_PROCESS_META_TENANT,
  type InProcessMcpServer,
} from '../actions/mcp-clients.js';
import { DomainError } from '../core/errors.js';
import { SidekickCreateSchema } from './input.js';
import type { SidekickService, SidekickView } from './service.js';

/**
 * Guidepost's own MCP server, `guidepost`, run in-process for `mcp_call` actions. Why an MCP tool: the action
 * system's seven types already have a call-a-tool type whose input is mapped from the run (liquid templates),
 * whose output is recorded (`output_handling`), logged and retried like any other action, and which the
 * builder and the action tester already offer; an in-process server adds Guidepost's capabilities to that
 * without a new action type or a special case in the run engine, and without an HTTP round trip or an API
 * key. The alternative, an `api_call` to our own HTTP API, would need an API configuration holding a tenant
 * API key and a reachable PUBLIC_URL: fragile and a secret to manage. The tenant and run come from the
 * call's `_meta`, which only the in-process transport carries (McpClients sets it from the firing run):
 * a wizard author cannot act in another tenant by writing arguments.
 *
 * Tools (both take `values`, the run's values in the create-a-sidekick field names, mapped as
 * `{{ run.values | json }}`):
 * - `check_sidekick_slug`: fails with a sentence naming the web address when the tenant already uses it
 *   (bound to `step.onValidate`, this holds the run at the step before the review, see ActionReactor);
 * - `create_sidekick`: creates the sidekick linked to the run and returns `{id, name, slug, url, avatar_url}`.
 *   A second call from the same run returns the same sidekick (retries create nothing twice); a test run of
 *   the action (no run) only says what it would create.
 */

/** The id of Guidepost's in-process MCP server. */
export const GUIDEPOST_MCP_SERVER_ID = 'guidepost';

const ValuesInput = {
  values: z
    .record(z.string(), z.unknown())
    .describe("the run's values in the create-a-sidekick field names: {{ run.values | json }}"),
};

/** The in-process server registration for McpClients. */
export function guidepostMcpServer(sidekicks: SidekickService): InProcessMcpServer {
  return {
    id: GUIDEPOST_MCP_SERVER_ID,
    name: 'Guidepost',
    create: () => createGuidepostMcpServer(sidekicks),
  };
}

/** The `guidepost` MCP server with its tools (see the module comment). */
export function createGuidepostMcpServer(sidekicks: SidekickService): McpServer {
  const server = new McpServer({ name: GUIDEPOST_MCP_SERVER_ID, version: '1' });

  server.registerTool(
    'check_sidekick_slug',
    {
      description:
        "Fails with a clear sentence when the sidekick's web address is already taken in the tenant.",
      inputSchema: ValuesInput,
    },
    async ({ values }, extra) =>
      answer(async () => {
        const { tenantId } = origin(extra._meta);
        const input = parseValues(values);
        const problem = await sidekicks.slugProblem(tenantId, input);
        if (problem) throw new DomainError('conflict', capitalise(problem));
        return { available: true };
      }),
  );

  server.registerTool(
    'create_sidekick',
    {
      description:
        'Creates a sidekick from the values of a create-a-sidekick run and links it to the run; returns its page.',
      inputSchema: ValuesInput,
    },
    async ({ values }, extra) =>
      answer(async () => {
        const { tenantId, runId } = origin(extra._meta);
        const input = parseValues(values);
        if (!runId) return { would_create: input };
        const existing = await sidekicks.findByRun(tenantId, runId);
        const made = existing ?? (await sidekicks.create(tenantId, input, { createdFromRunId: runId }));
        return summary(made);
      }),
  );
  return server;
}

/** What the tool answers about a sidekick: enough to link to its page. */
function summary(s: SidekickView) {
  return {
    id: s.id,
    name: s.name,
    slug: s.slug,
    url: `/sidekicks/${s.slug}`,
    avatar_url: s.hasAvatar ? `/api/v1/sidekicks/${s.id}/avatar` : null,
  };
}

function origin(meta: Record<string, unknown> | undefined): { tenantId: string; runId: string | null } {
  const tenantId = meta?.[IN_PROCESS_META_TENANT];
  if (typeof tenantId !== 'string' || !tenantId)
    throw new DomainError('forbidden', 'this tool is only called by the actions of a Guidepost run');
  const runId = meta?.[IN_PROCESS_META_RUN];
  return { tenantId, runId: typeof runId === 'string' ? runId : null };
}

function parseValues(values: Record<string, unknown>) {
  const parsed = SidekickCreateSchema.safeParse(values);
  if (!parsed.success)
    throw new DomainError(
      'invalid',
      parsed.error.issues.map((i) => `${i.path.join('.') || 'values'}: ${i.message}`).join('; '),
    );
  return parsed.data;
}

async function answer(work: () => Promise<unknown>): Promise<CallToolResult> {
  try {
    const result = await work();
    return {
      content: [{ type: 'text', text: JSON.stringify(result) }],
      structuredContent: result as Record<string, unknown>,
    };
  } catch (error) {
    if (!DomainError.isInstance(error)) throw error;
    return { isError: true, content: [{ type: 'text', text: error.message }] };
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
