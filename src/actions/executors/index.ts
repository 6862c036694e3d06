import type { ActionType } from '../../core/actions/definition.js';
import type { ActionExecutor } from '../executor.js';
import { apiCallExecutor, type ApiCallDeps } from './api-call.js';
import type { McpClients } from '../mcp-clients.js';
import { customScript } from './custom-script.js';
import { mcpCallExecutor } from './mcp-call.js';
import { navigate, setFieldValue, showMessage } from './run-commands.js';
import { transformData } from './transform-data.js';

/** What the executors that reach outside need: API configurations' database and secrets, the MCP clients. */
export type ExecutorDeps = ApiCallDeps & { mcp: McpClients };

/** The executor of each action type this process runs (one entry per type key). */
export function actionExecutors(deps: ExecutorDeps): Record<ActionType, ActionExecutor> {
  return {
    api_call: apiCallExecutor(deps) as ActionExecutor,
    mcp_call: mcpCallExecutor(deps.mcp) as ActionExecutor,
    set_field_value: setFieldValue as ActionExecutor,
    show_message: showMessage as ActionExecutor,
    navigate: navigate as ActionExecutor,
    transform_data: transformData as ActionExecutor,
    custom_script: customScript as ActionExecutor,
  };
}
