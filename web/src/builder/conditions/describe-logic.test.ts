import { describe, expect, it } from 'vitest';
import { FieldSchema } from '../../../../src/core/wizard/definition';
import { describeGroup } from './describe-logic';
import { logicToGroup } from './logic-groups';

const fields = [
  FieldSchema.parse({ name: 'size', label: 'Company size', type: 'number' }),
  FieldSchema.parse({ name: 'start', label: 'Start', type: 'date' }),
  FieldSchema.parse({ name: 'ok', label: 'Has a company', type: 'boolean' }),
  FieldSchema.parse({
    name: 'plan',
    label: 'Plan',
    type: 'single_select',
    options: [
      { value: 'pro', label: 'Pro' },
      { value: 'team', label: 'Team' },
      { value: 'free', label: 'Free' },
    ],
  }),
];

describe('describeGroup', () => {
  it.each<[unknown, string]>([
    [undefined, ''],
    [{ '>': [{ var: 'size' }, 10] }, 'Company size is greater than 10'],
    [{ '<': [{ var: 'start' }, '2026-03-14'] }, 'Start is before “2026-03-14”'],
    [
      { and: [{ '>': [{ var: 'size' }, 10] }, { '==': [{ var: 'ok' }, true] }] },
      'Company size is greater than 10 and Has a company is yes',
    ],
    [{ in: [{ var: 'plan' }, ['pro', 'team', 'free']] }, 'Plan is one of Pro, Team or Free'],
    [
      {
        or: [
          { '==': [{ var: 'ok' }, null] },
          { and: [{ '==': [{ var: 'plan' }, 'pro'] }, { '!=': [{ var: 'ghost' }, 'x'] }] },
        ],
      },
      'Has a company is empty or (Plan equals Pro and ghost does not equal “x”)',
    ],
  ])('%j reads "%s"', (logic, text) => {
    const parsed = logicToGroup(logic as never);
    expect(parsed.ok && describeGroup(parsed.group, fields)).toBe(text);
  });

  it('leaves incomplete rows out', () => {
    expect(
      describeGroup(
        {
          kind: 'group',
          combinator: 'and',
          children: [
            { kind: 'row', field: 'size', operator: 'gt' },
            { kind: 'row', field: 'ok', operator: 'is_false' },
          ],
        },
        fields,
      ),
    ).toBe('Has a company is no');
  });
});
