import { describe, expect, it } from 'vitest';
import { measureJson } from './json-shape.js';

/** `{"!": {"!": … true}}`, `levels` deep. */
function nested(levels: number): unknown {
  let value: unknown = true;
  for (let i = 0; i < levels; i++) value = { '!': value };
  return value;
}

describe('measureJson', () => {
  it.each([
    [1, { depth: 0, nodes: 1 }],
    [{}, { depth: 1, nodes: 1 }],
    [{ a: [1, 2] }, { depth: 2, nodes: 4 }],
    [[[], [[]]], { depth: 3, nodes: 4 }],
  ])('measures %j', (value, shape) => {
    expect(measureJson(value)).toEqual(shape);
  });

  it('measures 100,000 levels without overflowing the stack, or stops early', () => {
    expect(measureJson(nested(100_000)).depth).toBe(100_000);
    expect(measureJson(nested(100_000), 32).depth).toBe(33);
  });
});
