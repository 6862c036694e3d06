import { z } from 'zod';

/**
 * MCP servers the operator offers to `mcp_call` actions (GUIDEPOST_MCP_SERVERS, a JSON array): a local
 * stdio server (a command the operator chose; tenants can never define one) or a remote Streamable HTTP
 * server. Tenants pick one by `id`.
 */
const id = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be lowercase letters, digits, - or _');

export const McpServerConfigSchema = z.discriminatedUnion('transport', [
  z.strictObject({
    id,
    name: z.string().min(1).max(200),
    transport: z.literal('stdio'),
    command: z.string().min(1),
    args: z.array(z.string()).default([]),
    env: z.record(z.string(), z.string()).optional(),
    /** Milliseconds a tool call may take. */
    timeout_ms: z.number().int().min(100).max(300_000).default(10_000),
  }),
  z.strictObject({
    id,
    name: z.string().min(1).max(200),
    transport: z.literal('http'),
    url: z.url({ protocol: /^https?$/ }),
    headers: z.record(z.string(), z.string()).optional(),
    timeout_ms: z.number().int().min(100).max(300_000).default(10_000),
  }),
]);
export type McpServerConfig = z.infer<typeof McpServerConfigSchema>;

/** GUIDEPOST_MCP_SERVERS: JSON text of a list of servers with unique ids (see McpServerConfigSchema). */
export const McpServersSchema = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON array of MCP servers' });
      return z.NEVER;
    }
  })
  .pipe(
    z.array(McpServerConfigSchema).refine((list) => new Set(list.map((s) => s.id)).size === list.length, {
      message: 'each MCP server needs its own id',
    }),
  );
