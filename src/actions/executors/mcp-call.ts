import type { McpClients } from '../mcp-clients.js';
import type { ActionExecutor } from '../executor.js';

/**
 * The `mcp_call` executor: calls `config.tool` on the operator's MCP server `config.mcp_config_id` with the
 * mapped input as the tool's arguments; its output is the tool's result (see McpClients.call). Guidepost's own
 * in-process servers also learn the run's tenant and run id (never an operator's server).
 */
export function mcpCallExecutor(clients: McpClients): ActionExecutor<'mcp_call'> {
  return (action, input, ctx) =>
    clients.call(action.config.mcp_config_id, action.config.tool, input, {
      tenantId: ctx.tenantId,
      runId: ctx.runId,
    });
}
