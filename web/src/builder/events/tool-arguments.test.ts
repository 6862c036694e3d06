import { describe, expect, it } from 'vitest';
import { toolArguments } from './ToolArgumentsForm';

describe('toolArguments', () => {
  it('reads the arguments of a tool’s input schema in order, with type, description and required', () => {
    expect(
      toolArguments({
        type: 'object',
        properties: {
          a: { type: 'number', description: 'First number' },
          note: { type: ['string', 'null'] },
        },
        required: ['a'],
      }),
    ).toEqual([
      { name: 'a', type: 'number', description: 'First number', required: true },
      { name: 'note', type: 'string | null', required: false },
    ]);
  });

  it('reads nothing from a schema without properties', () => {
    expect(toolArguments({ type: 'object' })).toEqual([]);
    expect(toolArguments(null)).toEqual([]);
  });
});
