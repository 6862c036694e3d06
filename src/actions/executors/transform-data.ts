import { search, type JSONValue } from '@jmespath-community/jmespath';
import { ActionError, type ActionContext, type ActionExecutor } from '../executor.js';
import { runFunctionBody } from '../sandbox/run-script.js';

/**
 * What a transform sees, the same four names in both languages:
 * - `input`: the action's mapped inputs (from `input_mapping`), as `custom_script` sees them;
 * - `values`: the run's field values by field name;
 * - `event`: the payload of the trigger that fired;
 * - `results`: the outputs of the event's earlier actions by action id, and the run's action context.
 */
export interface TransformScope {
  input: Record<string, unknown>;
  values: Record<string, unknown>;
  event: Record<string, unknown>;
  results: Record<string, unknown>;
}

/** The scope of a transform from its mapped inputs and the action context. */
export function transformScope(input: Record<string, unknown>, ctx: ActionContext): TransformScope {
  return { input, values: ctx.values, event: ctx.event, results: ctx.results };
}

/**
 * The `transform_data` executor. `language: 'jmespath'`: `config.expression` is a JMESPath expression
 * (@jmespath-community/jmespath, JMESPath Community Edition: https://jmespath.site) evaluated over the
 * object `{ input, values, event, results }` (see `TransformScope`), e.g. `input.items[].price` or
 * `sum(values.quantities)`. `language: 'javascript'`: `config.expression` is a function body run in the
 * QuickJS sandbox (1000 ms, 32 MB) with the four as variables `input`, `values`, `event`, `results` —
 * `input` is the mapped inputs, as in `custom_script` — e.g. `return input.price * values.quantity`.
 * Resolves to the result (JSON; an undefined JavaScript result gives null).
 *
 * @throws ActionError "the JMESPath expression is not valid: …" or "the JMESPath expression failed: …"
 *   (an unknown function, a wrong argument type), or the sandbox's errors for JavaScript.
 */
export const transformData: ActionExecutor<'transform_data'> = async (action, input, ctx) => {
  const scope = transformScope(input, ctx);
  if (action.config.language === 'javascript') {
    return runFunctionBody(action.config.expression, { ...scope }, ctx.signal ? { signal: ctx.signal } : {});
  }
  return evaluateJmespath(action.config.expression, scope);
};

/** `expression` over `scope`; a syntax error or an evaluation error becomes an ActionError. */
function evaluateJmespath(expression: string, scope: TransformScope): JSONValue {
  try {
    return search(JSON.parse(JSON.stringify(scope)) as JSONValue, expression);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const kind =
      error instanceof Error && /Syntax|Lexer|Parser/i.test(error.name) ? 'is not valid' : 'failed';
    throw new ActionError(`the JMESPath expression ${kind}: ${message}`, false, { cause: error });
  }
}
