import { Liquid } from 'liquidjs';
import { ActionError, type ActionContext } from './executor.js';

/**
 * liquidjs for action inputs (`{{ values.email }}`, `{{ results.lookup.price | times: 2 }}`): strict filters,
 * own properties only, and limits on template size, render time and memory so a template cannot stall a run.
 */
const liquid = new Liquid({
  strictFilters: true,
  ownPropertyOnly: true,
  parseLimit: 100_000,
  renderLimit: 1000,
  memoryLimit: 10_000_000,
});

/**
 * What templates see: `values` (the run's values), `event` (the trigger's payload), `results` (earlier
 * actions' outputs of the same event, by action id), `context` (outputs kept in the run's action context),
 * and `run` (`id`, `values`, `context`).
 */
export interface TemplateScope {
  values: Record<string, unknown>;
  event: Record<string, unknown>;
  results: Record<string, unknown>;
  context: Record<string, unknown>;
  run: { id: string | null; values: Record<string, unknown>; context: Record<string, unknown> };
  /** An action's mapped input, for the templates of its own configuration. */
  input?: Record<string, unknown>;
}

/** The scope templates of an action see, from its context (and its mapped input, once rendered). */
export function templateScope(
  ctx: Pick<ActionContext, 'values' | 'event' | 'results' | 'context' | 'runId'>,
  input?: Record<string, unknown>,
): TemplateScope {
  const context = ctx.context ?? {};
  return {
    values: ctx.values,
    event: ctx.event,
    results: ctx.results,
    context,
    run: { id: ctx.runId, values: ctx.values, context },
    ...(input ? { input } : {}),
  };
}

/** Renders one template to text. Throws ActionError naming the template's problem. */
export async function renderText(template: string, scope: TemplateScope): Promise<string> {
  try {
    return await liquid.parseAndRender(template, scope);
  } catch (error) {
    throw new ActionError(`the template "${template}" cannot be rendered: ${(error as Error).message}`);
  }
}

/**
 * Renders one template and reads the text as a value: JSON when the whole text parses as JSON (so
 * `{{ results.lookup | json }}` gives an object and `42` a number), the text otherwise. Throws ActionError
 * naming the template's problem when it does not parse or fails to render.
 */
export async function renderValue(template: string, scope: TemplateScope): Promise<unknown> {
  const text = await renderText(template, scope);
  const trimmed = text.trim();
  if (trimmed === '') return text;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return text;
  }
}

/** Renders every template of an input mapping (see renderValue), by input name. */
export async function renderMapping(
  mapping: Record<string, string>,
  scope: TemplateScope,
): Promise<Record<string, unknown>> {
  const input: Record<string, unknown> = {};
  for (const [name, template] of Object.entries(mapping)) input[name] = await renderValue(template, scope);
  return input;
}
