import { describe, expect, it } from 'vitest';
import {
  evaluateCondition,
  isFieldRequired,
  isFieldVisible,
  isStepSkipped,
  referencedVariables,
  unknownOperations,
} from './conditions.js';
import { FieldSchema, StepSchema } from './definition.js';

const budget = { '==': [{ var: 'budget' }, 'over-50k'] };

describe('evaluateCondition', () => {
  it.each([
    [budget, { budget: 'over-50k' }, true],
    [budget, { budget: 'under-5k' }, false],
    [budget, {}, false],
    [
      { and: [{ '>': [{ var: 'age' }, 17] }, { '==': [{ var: 'consent' }, true] }] },
      { age: 18, consent: true },
      true,
    ],
    [{ or: [{ '>': [{ var: 'age' }, 17] }, { '==': [{ var: 'consent' }, true] }] }, { age: 3 }, false],
    [{ in: ['sushi', { var: 'foods' }] }, { foods: ['pizza', 'sushi'] }, true],
    [{ '!': [{ var: 'email' }] }, {}, true],
    [{ no_such_operation: [1] }, {}, false],
  ])('%j over %j is %s', (logic, values, expected) => {
    expect(evaluateCondition(logic, values)).toBe(expected);
  });

  it('treats a missing expression as false', () => {
    expect(evaluateCondition(undefined, {})).toBe(false);
  });
});

describe('field and step conditions', () => {
  const field = FieldSchema.parse({
    name: 'seat',
    label: 'Seat',
    type: 'text',
    conditions: {
      show_if: { '==': [{ var: 'mode' }, 'plane'] },
      require_if: { '==': [{ var: 'long' }, true] },
    },
  });

  it.each([
    [{ mode: 'plane' }, true, false],
    [{ mode: 'plane', long: true }, true, true],
    [{ mode: 'car', long: true }, false, false],
  ])('with %j: visible %s, required %s', (values, visible, required) => {
    expect(isFieldVisible(field, values)).toBe(visible);
    expect(isFieldRequired(field, values)).toBe(required);
  });

  it('hide_if wins over show_if', () => {
    const f = FieldSchema.parse({
      name: 'x',
      label: 'X',
      type: 'text',
      conditions: { show_if: { '==': [1, 1] }, hide_if: { '==': [{ var: 'a' }, 1] } },
    });
    expect(isFieldVisible(f, { a: 1 })).toBe(false);
  });

  it('skips a step by skip_if or when all its fields are hidden, never an informational step', () => {
    const step = StepSchema.parse({ id: 's', title: 'S', fields: [field] });
    expect(isStepSkipped(step, { mode: 'car' })).toBe(true);
    expect(isStepSkipped(step, { mode: 'plane' })).toBe(false);
    expect(isStepSkipped(StepSchema.parse({ id: 'i', title: 'Info' }), {})).toBe(false);
    expect(
      isStepSkipped(StepSchema.parse({ id: 'k', title: 'K', skip_if: { '==': [{ var: 'vip' }, true] } }), {
        vip: true,
      }),
    ).toBe(true);
  });
});

describe('expression analysis', () => {
  it('lists the fields an expression reads', () => {
    expect(referencedVariables({ and: [budget, { '>': [{ var: ['age', 0] }, 1] }, { var: 'a.b' }] })).toEqual(
      ['budget', 'age', 'a'],
    );
  });

  it('lists unknown operations', () => {
    expect(unknownOperations({ and: [budget, { between: [1, 2, 3] }] })).toEqual(['between']);
  });
});
