import { describe, expect, it } from 'vitest';
import { ActionSchema, type Action } from '../../core/actions/definition.js';
import { ActionError, type ActionContext } from '../executor.js';
import { customScript } from './custom-script.js';

const ctx: ActionContext = { tenantId: 't1', runId: null, values: {}, event: {}, results: {} };

function action(code: string, timeout_ms?: number): Extract<Action, { type: 'custom_script' }> {
  const parsed = ActionSchema.parse({ id: 'script', type: 'custom_script', config: { code, timeout_ms } });
  if (parsed.type !== 'custom_script') throw new Error('not a custom_script');
  return parsed;
}

describe('customScript', () => {
  it('runs the code with the mapped inputs as input', async () => {
    const output = await customScript(
      action('return { greeting: `Hello, ${input.name}!` }'),
      { name: 'Ada' },
      ctx,
    );
    expect(output).toEqual({ greeting: 'Hello, Ada!' });
  });

  it('applies config.timeout_ms', async () => {
    const error = await customScript(action('while (true) {}', 50), {}, ctx).catch((e: unknown) => e);
    expect(ActionError.isInstance(error) && error.message).toBe(
      'the script ran longer than 50 ms and was stopped',
    );
  });

  it('sees only its input: the run values are not in scope', async () => {
    const run = { ...ctx, values: { secret: 's' } };
    expect(
      await customScript(action('return [typeof values, typeof ctx, Object.keys(input)]'), { a: 1 }, run),
    ).toEqual(['undefined', 'undefined', ['a']]);
  });
});
