import type { McpClients } from '../mcp-clients.js';
import type { ActionExecutor } from '../executor.js';

/**
 * The `mcp_call` executor: calls `config.tool` on the MCP server `config.mcp_config_id` (Guidepost's own, the
 * operator's, or one of the run's tenant's remote servers) with the mapped input as the tool's arguments; its
 * output is the tool's result (see McpClients.call). Guidepost's own in-process servers also learn the run's
 * tenant and run id (never an external server).
 */
export function mcpCallExecutor(clients: McpClients): ActionExecutor<'mcp_call'> {
  return (action, input, ctx) =>
    clients.call(action.config.mcp_config_id, action.config.tool, input, {
      tenantId: ctx.tenantId,
      runId: ctx.runId,
    });
}
