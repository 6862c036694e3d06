import type { ActionExecutor } from '../executor.js';
import { runScript } from '../sandbox/run-script.js';

/**
 * The `custom_script` executor: runs `config.code`, a JavaScript function body, in the QuickJS sandbox with
 * the action's mapped inputs as `input`, stopped after `config.timeout_ms` (default 1000) or when the
 * context's signal aborts, and resolves to the JSON it returns (`undefined` gives null). Memory 32 MB,
 * stack and output size as `DEFAULT_LIMITS`.
 *
 * @throws ActionError from `runScript` (timeout, memory, stack, a throw, output not JSON or too large).
 */
export const customScript: ActionExecutor<'custom_script'> = (action, input, ctx) =>
  runScript(action.config.code, input, {
    timeoutMs: action.config.timeout_ms,
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  });
