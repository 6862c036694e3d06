import type { ActionType } from '../../core/actions/definition.js';
import type { ActionExecutor } from '../executor.js';
import { apiCallExecutor, type ApiCallDeps } from './api-call.js';
import { customScript } from './custom-script.js';
import { navigate, setFieldValue, showMessage } from './run-commands.js';
import { transformData } from './transform-data.js';

/** What the executors that reach outside need: the database and sealed secrets of API configurations. */
export type ExecutorDeps = ApiCallDeps;

/**
 * The executor of each action type this process runs (one entry per type key). `mcp_call` is absent until
 * MCP configurations exist: its actions fail with "mcp call actions are not available on this server".
 */
export function actionExecutors(deps: ExecutorDeps): Partial<Record<ActionType, ActionExecutor>> {
  return {
    api_call: apiCallExecutor(deps) as ActionExecutor,
    set_field_value: setFieldValue as ActionExecutor,
    show_message: showMessage as ActionExecutor,
    navigate: navigate as ActionExecutor,
    transform_data: transformData as ActionExecutor,
    custom_script: customScript as ActionExecutor,
  };
}
