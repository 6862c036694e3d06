import type { CommandResult } from '../../core/wizard/run-engine.js';
import type { RunCommand } from '../../core/wizard/run-state.js';
import { ActionError, type ActionContext, type ActionExecutor } from '../executor.js';
import { renderValue, templateScope } from '../templates.js';

/** Applies a command through the context, or says what it would do in a test run (no run). */
async function applyOrDescribe(ctx: ActionContext, command: RunCommand): Promise<unknown> {
  if (!ctx.apply) return { would_apply: command };
  const result: CommandResult = await ctx.apply(command);
  if (result.problems.length > 0) throw new ActionError(result.problems.map((p) => p.message).join('; '));
  return { applied: command.type };
}

/**
 * `set_field_value`: renders `config.value` (a liquid template; JSON when its text parses as JSON) and sets
 * `config.field` with an ordinary `set_field` command (actor `action`). Output `{field, value}`. Throws
 * ActionError with the engine's words when the value is refused.
 */
export const setFieldValue: ActionExecutor<'set_field_value'> = async (action, input, ctx) => {
  const value = await renderValue(action.config.value, templateScope(ctx, input));
  await applyOrDescribe(ctx, {
    type: 'set_field',
    field: action.config.field,
    value,
    provenance: { source: 'action', extractor: action.id },
  });
  return { field: action.config.field, value };
};

/** `show_message`: renders `config.text` and shows it (a `message_shown` run event). Output `{text, level}`. */
export const showMessage: ActionExecutor<'show_message'> = async (action, input, ctx) => {
  const text = String(await renderValue(action.config.text, templateScope(ctx, input)));
  await applyOrDescribe(ctx, { type: 'show_message', text, level: action.config.level });
  return { text, level: action.config.level };
};

/**
 * `navigate`: the next or previous step, or `config.step_id`, as the run's navigation command. Output
 * `{to}`. Throws ActionError with the engine's words when the move is refused (e.g. required fields empty).
 */
export const navigate: ActionExecutor<'navigate'> = async (action, _input, ctx) => {
  const { to, step_id } = action.config;
  const command: RunCommand =
    to === 'next'
      ? { type: 'next_step' }
      : to === 'previous'
        ? { type: 'previous_step' }
        : { type: 'go_to_step', step_id: step_id ?? '' };
  await applyOrDescribe(ctx, command);
  return { to: to === 'step' ? step_id : to };
};
