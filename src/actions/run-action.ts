import type { Action, ActionType, EventBinding } from '../core/actions/definition.js';
import type { RunCommand } from '../core/wizard/run-state.js';
import { ActionError, type ActionContext, type ActionExecutor } from './executor.js';
import { outputCommand } from './outputs.js';
import { renderMapping, renderText, templateScope, type TemplateScope } from './templates.js';

/** The executors of a process, by action type (see actionExecutors). */
export type Executors = Partial<Record<ActionType, ActionExecutor>>;

/** What one attempt of an action produced: its rendered input, its output, and the command its output makes. */
export interface ActionAttempt {
  input: Record<string, unknown>;
  output: unknown;
  /** Where the output goes (see outputCommand); null when it stays in the event's results. */
  command: RunCommand | null;
}

/**
 * One attempt of one action: renders its input mapping (and an `api_call`'s path, query and headers) with liquidjs,
 * runs its executor, and works out the command its `output_handling` makes — without applying that
 * command. Throws ActionError (or a DomainError) with words for the wizard's author; the `input` rendered
 * before a failure is on the error as `input` when there was one.
 */
export async function attemptAction(
  executors: Executors,
  binding: EventBinding,
  action: Action,
  ctx: ActionContext,
): Promise<ActionAttempt> {
  const scope = templateScope(ctx);
  const input = await renderMapping(action.input_mapping, scope);
  try {
    const executor = executors[action.type];
    if (!executor)
      throw new ActionError(`${action.type.replaceAll('_', ' ')} actions are not available on this server`);
    const output = await executor((await renderedConfig(action, scope)) as never, input, ctx);
    return { input, output, command: outputCommand(binding, action, output) };
  } catch (error) {
    throw Object.assign(error as object, { input });
  }
}

/** The action with the templates of its configuration rendered (an `api_call`'s path, query and headers). */
async function renderedConfig(action: Action, scope: TemplateScope): Promise<Action> {
  if (action.type !== 'api_call') return action;
  const render = async (templates: Record<string, string>) => {
    const rendered: Record<string, string> = {};
    for (const [name, template] of Object.entries(templates))
      rendered[name] = await renderText(template, scope);
    return rendered;
  };
  return {
    ...action,
    config: {
      ...action.config,
      path: await renderText(action.config.path, scope),
      query: await render(action.config.query),
      headers: await render(action.config.headers ?? {}),
    },
  };
}
