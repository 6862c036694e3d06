import { describe, expect, it } from 'vitest';
import { ActionSchema, type Action } from '../../core/actions/definition.js';
import { ActionError, type ActionContext } from '../executor.js';
import { transformData } from './transform-data.js';

const ctx: ActionContext = {
  tenantId: 't1',
  runId: 'r1',
  values: { quantity: 3, country: 'FR' },
  event: { field: 'country' },
  results: {
    load_cities: {
      cities: [
        { name: 'Paris', pop: 2.1 },
        { name: 'Lyon', pop: 0.5 },
      ],
    },
  },
};
const input = {
  items: [
    { name: 'a', price: 2 },
    { name: 'b', price: 5 },
  ],
};

function action(
  language: 'jmespath' | 'javascript',
  expression: string,
): Extract<Action, { type: 'transform_data' }> {
  const parsed = ActionSchema.parse({
    id: 'transform',
    type: 'transform_data',
    config: { language, expression },
  });
  if (parsed.type !== 'transform_data') throw new Error('not a transform_data');
  return parsed;
}

async function message(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  if (!ActionError.isInstance(error)) throw new Error(`expected an ActionError, got ${String(error)}`);
  return error.message;
}

describe('transformData: JMESPath over { input, values, event, results }', () => {
  it('projects', async () => {
    expect(await transformData(action('jmespath', 'input.items[].price'), input, ctx)).toEqual([2, 5]);
    expect(
      await transformData(action('jmespath', 'results.load_cities.cities[?pop > `1`].name'), input, ctx),
    ).toEqual(['Paris']);
  });

  it('calls functions and builds objects', async () => {
    const expression =
      '{ total: sum(input.items[].price), count: length(input.items), country: values.country, on: event.field }';
    expect(await transformData(action('jmespath', expression), input, ctx)).toEqual({
      total: 7,
      count: 2,
      country: 'FR',
      on: 'country',
    });
  });

  it('gives null for a path that is not there', async () => {
    expect(await transformData(action('jmespath', 'input.nothing.here'), input, ctx)).toBeNull();
  });

  it('names a syntax error', async () => {
    expect(await message(transformData(action('jmespath', 'input.items[?'), input, ctx))).toMatch(
      /^the JMESPath expression is not valid: Syntax error/,
    );
  });

  it('names an unknown function and a wrong argument type', async () => {
    expect(await message(transformData(action('jmespath', 'nope(input)'), input, ctx))).toBe(
      'the JMESPath expression failed: Unknown function: nope()',
    );
    expect(await message(transformData(action('jmespath', 'length(values.quantity)'), input, ctx))).toMatch(
      /^the JMESPath expression failed: Invalid type: length\(\)/,
    );
  });
});

describe('transformData: JavaScript with input, values, event, results', () => {
  it('runs the function body with the four variables', async () => {
    const code =
      'return { price: input.items.reduce((s, i) => s + i.price, 0) * values.quantity, on: event.field, first: results.load_cities.cities[0].name }';
    expect(await transformData(action('javascript', code), input, ctx)).toEqual({
      price: 21,
      on: 'country',
      first: 'Paris',
    });
  });

  it('reports the sandbox errors', async () => {
    expect(await message(transformData(action('javascript', 'while (true) {}'), input, ctx))).toBe(
      'the script ran longer than 1000 ms and was stopped',
    );
    expect(await message(transformData(action('javascript', 'return process.env'), input, ctx))).toMatch(
      /^the script threw: ReferenceError: 'process' is not defined/,
    );
  });
});
