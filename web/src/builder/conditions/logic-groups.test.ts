import { describe, expect, it } from 'vitest';
import { evaluateCondition, type FieldValues } from '../../../../src/core/wizard/conditions';
import { parseWizardDefinition } from '../../../../src/core/wizard/validate-definition';
import type { JsonLogic } from '../../../../src/core/wizard/definition';
import {
  groupToLogic,
  isRowComplete,
  logicToGroup,
  rowToLogic,
  type ConditionGroup,
  type ConditionRow,
} from './logic-groups';
import { OPERATORS } from './operators';

const v = (name: string) => ({ var: name });
const row = (
  field: string,
  operator: ConditionRow['operator'],
  value?: ConditionRow['value'],
): ConditionRow => ({
  kind: 'row',
  field,
  operator,
  ...(value !== undefined ? { value } : {}),
});
const group = (combinator: 'and' | 'or', ...children: ConditionGroup['children']): ConditionGroup => ({
  kind: 'group',
  combinator,
  children,
});

/** Every operator: the row, the JSON Logic it writes. */
const ROWS: Array<[string, ConditionRow, JsonLogic]> = [
  ['eq text', row('plan', 'eq', 'pro'), { '==': [v('plan'), 'pro'] }],
  ['eq number', row('size', 'eq', 10), { '==': [v('size'), 10] }],
  ['neq', row('plan', 'neq', 'pro'), { '!=': [v('plan'), 'pro'] }],
  ['gt positive', row('size', 'gt', 10), { '>': [v('size'), 10] }],
  ['gte positive', row('size', 'gte', 10), { '>=': [v('size'), 10] }],
  ['lt date', row('start', 'lt', '2026-03-14'), { '<': [v('start'), '2026-03-14'] }],
  ['lte date', row('start', 'lte', '2026-03-14'), { '<=': [v('start'), '2026-03-14'] }],
  [
    'lt positive number (guarded)',
    row('size', 'lt', 10),
    { and: [{ '!=': [v('size'), null] }, { '<': [v('size'), 10] }] },
  ],
  [
    'lte zero (guarded)',
    row('size', 'lte', 0),
    { and: [{ '!=': [v('size'), null] }, { '<=': [v('size'), 0] }] },
  ],
  [
    'gt negative (guarded)',
    row('temp', 'gt', -5),
    { and: [{ '!=': [v('temp'), null] }, { '>': [v('temp'), -5] }] },
  ],
  [
    'gte zero (guarded)',
    row('size', 'gte', 0),
    { and: [{ '!=': [v('size'), null] }, { '>=': [v('size'), 0] }] },
  ],
  ['contains', row('topics', 'contains', 'ai'), { in: ['ai', v('topics')] }],
  ['not_contains', row('topics', 'not_contains', 'ai'), { '!': { in: ['ai', v('topics')] } }],
  ['one_of', row('plan', 'one_of', ['pro', 'team']), { in: [v('plan'), ['pro', 'team']] }],
  ['not_one_of', row('plan', 'not_one_of', ['pro']), { '!': { in: [v('plan'), ['pro']] } }],
  [
    'any_of',
    row('topics', 'any_of', ['ai', 'ml']),
    { some: [v('topics'), { in: [{ var: '' }, ['ai', 'ml']] }] },
  ],
  ['none_of', row('topics', 'none_of', ['ai']), { none: [v('topics'), { in: [{ var: '' }, ['ai']] }] }],
  ['is_true', row('has_company', 'is_true'), { '==': [v('has_company'), true] }],
  ['is_false', row('has_company', 'is_false'), { '==': [v('has_company'), false] }],
  ['empty', row('email', 'empty'), { '==': [v('email'), null] }],
  ['filled', row('email', 'filled'), { '!=': [v('email'), null] }],
];

describe('rowToLogic / logicToGroup: every operator', () => {
  it('covers every operator', () => {
    expect(new Set(ROWS.map(([, r]) => r.operator))).toEqual(new Set(OPERATORS));
  });

  it.each(ROWS)('%s writes the expected JSON Logic and reads back as the same row', (_, r, logic) => {
    expect(rowToLogic(r)).toEqual(logic);
    expect(logicToGroup(logic)).toEqual({ ok: true, group: group('and', r) });
    expect(groupToLogic(group('and', r))).toEqual(logic);
  });
});

describe('the definition validator accepts what the builder writes', () => {
  const fields = ['plan', 'size', 'start', 'temp', 'topics', 'has_company', 'email'].map((name) => ({
    name,
    label: name,
    type: 'text',
  }));
  it.each(ROWS)('%s', (_, r) => {
    const result = parseWizardDefinition({
      id: 'w',
      name: 'W',
      slug: 'w',
      steps: [
        {
          id: 's',
          title: 'S',
          fields: [
            ...fields,
            { name: 'target', label: 'Target', type: 'text', conditions: { show_if: rowToLogic(r) } },
          ],
        },
      ],
    });
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});

describe('groups', () => {
  const cases: Array<[string, ConditionGroup, JsonLogic | undefined]> = [
    ['empty group: no condition', group('and'), undefined],
    [
      'AND of two rows',
      group('and', row('size', 'gt', 10), row('has_company', 'is_true')),
      { and: [{ '>': [v('size'), 10] }, { '==': [v('has_company'), true] }] },
    ],
    [
      'OR of two rows',
      group('or', row('plan', 'eq', 'pro'), row('plan', 'eq', 'team')),
      { or: [{ '==': [v('plan'), 'pro'] }, { '==': [v('plan'), 'team'] }] },
    ],
    [
      'AND with a nested OR group',
      group('and', row('country', 'eq', 'GB'), group('or', row('size', 'gt', 50), row('plan', 'eq', 'pro'))),
      {
        and: [
          { '==': [v('country'), 'GB'] },
          { or: [{ '>': [v('size'), 50] }, { '==': [v('plan'), 'pro'] }] },
        ],
      },
    ],
  ];
  const deep = group(
    'or',
    group('and', row('a', 'filled'), group('or', row('b', 'empty'), row('c', 'is_true'))),
  );

  it.each(cases)('%s round-trips', (_, g, logic) => {
    expect(groupToLogic(g)).toEqual(logic);
    expect(logicToGroup(logic)).toEqual({ ok: true, group: g });
  });

  it('round-trips deeper nesting through JSON (a group of one child is written as the child)', () => {
    const logic = groupToLogic(deep);
    expect(logic).toEqual({
      and: [{ '!=': [v('a'), null] }, { or: [{ '==': [v('b'), null] }, { '==': [v('c'), true] }] }],
    });
    const back = logicToGroup(logic);
    expect(back.ok && groupToLogic(back.group)).toEqual(logic);
  });

  it('writes a one-row OR group as the bare row and drops incomplete rows and empty subgroups', () => {
    const g = group(
      'or',
      row('plan', 'eq', 'pro'),
      row('', 'eq', 'x'),
      row('size', 'gt'),
      group('and', row('size', 'one_of', [])),
    );
    expect(groupToLogic(g)).toEqual({ '==': [v('plan'), 'pro'] });
  });

  it('reads a filled-guard with a comparison that needs no guard as two rows, so it round-trips exactly', () => {
    const logic = { and: [{ '!=': [v('size'), null] }, { '>': [v('size'), 10] }] };
    expect(logicToGroup(logic)).toEqual({
      ok: true,
      group: group('and', row('size', 'filled'), row('size', 'gt', 10)),
    });
    const back = logicToGroup(logic);
    expect(back.ok && groupToLogic(back.group)).toEqual(logic);
  });
});

describe('isRowComplete', () => {
  it.each<[ConditionRow, boolean]>([
    [row('size', 'gt', 10), true],
    [row('size', 'gt'), false],
    [row('', 'filled'), false],
    [row('Bad Name', 'filled'), false],
    [row('plan', 'eq', ''), false],
    [row('plan', 'one_of', []), false],
    [row('plan', 'one_of', ['a']), true],
    [row('ok', 'is_true'), true],
  ])('%j → %s', (r, complete) => {
    expect(isRowComplete(r)).toBe(complete);
  });
});

describe('unrepresentable JSON Logic', () => {
  it.each<[string, unknown]>([
    ['strict equality', { '===': [v('a'), 1] }],
    ['var with a default', { '==': [{ var: ['a', 0] }, 1] }],
    ['dotted var path', { '==': [v('a.b'), 1] }],
    ['field on the right', { '==': [1, v('a')] }],
    ['two fields compared', { '==': [v('a'), v('b')] }],
    ['between (three arguments)', { '<': [1, v('a'), 10] }],
    ['arithmetic', { '>': [{ '+': [v('a'), v('b')] }, 10] }],
    ['not of something other than in', { '!': { '==': [v('a'), 1] } }],
    ['not with an array argument', { '!': [{ in: ['x', v('a')] }] }],
    ['unknown operator', { missing: ['a'] }],
    ['empty and', { and: [] }],
    ['two keys in one object', { '==': [v('a'), 1], '!=': [v('b'), 2] }],
    ['object value', { '==': [v('a'), { x: 1 }] }],
    ['neq with a boolean', { '!=': [v('a'), true] }],
    ['in with an empty list', { in: [v('a'), []] }],
    ['some with another test', { some: [v('a'), { '==': [{ var: '' }, 'x'] }] }],
    ['some over a literal list', { some: [['x'], { in: [{ var: '' }, ['x']] }] }],
    ['nested inside a valid group', { and: [{ '==': [v('a'), 1] }, { if: [true, 1, 0] }] }],
  ])('%s gives a reason', (_, logic) => {
    const result = logicToGroup(logic as JsonLogic);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason.length).toBeGreaterThan(5);
  });
});

describe('evaluated by the engine (evaluateCondition) as the user meant', () => {
  /** The row, and whether it should hold for each set of values. */
  const cases: Array<[string, ConditionGroup, Array<[FieldValues, boolean]>]> = [
    [
      'company_size greater than 10 AND has_company is true',
      group('and', row('company_size', 'gt', 10), row('has_company', 'is_true')),
      [
        [{ company_size: 11, has_company: true }, true],
        [{ company_size: 10, has_company: true }, false],
        [{ company_size: 50, has_company: false }, false],
        [{ has_company: true }, false],
        [{}, false],
      ],
    ],
    [
      'company_size less than 10 (an unanswered field is not less than 10)',
      group('and', row('company_size', 'lt', 10)),
      [
        [{ company_size: 3 }, true],
        [{ company_size: 0 }, true],
        [{ company_size: 10 }, false],
        [{}, false],
      ],
    ],
    [
      'temperature greater than -5',
      group('and', row('temp', 'gt', -5)),
      [
        [{ temp: 0 }, true],
        [{ temp: -6 }, false],
        [{}, false],
      ],
    ],
    [
      'start date is before 14 March 2026',
      group('and', row('start', 'lt', '2026-03-14')),
      [
        [{ start: '2026-03-13' }, true],
        [{ start: '2026-03-14' }, false],
        [{ start: '2027-01-01' }, false],
        [{}, false],
      ],
    ],
    [
      'start date is on or after 14 March 2026',
      group('and', row('start', 'gte', '2026-03-14')),
      [
        [{ start: '2026-03-14' }, true],
        [{ start: '2025-12-31' }, false],
        [{}, false],
      ],
    ],
    [
      'topics includes ai',
      group('and', row('topics', 'contains', 'ai')),
      [
        [{ topics: ['ml', 'ai'] }, true],
        [{ topics: ['ml'] }, false],
        [{}, false],
      ],
    ],
    [
      'topics does not include ai',
      group('and', row('topics', 'not_contains', 'ai')),
      [
        [{ topics: ['ml'] }, true],
        [{ topics: ['ai'] }, false],
        [{}, true],
      ],
    ],
    [
      'topics includes any of ai, ml',
      group('and', row('topics', 'any_of', ['ai', 'ml'])),
      [
        [{ topics: ['web', 'ml'] }, true],
        [{ topics: ['web'] }, false],
        [{}, false],
      ],
    ],
    [
      'topics includes none of ai, ml',
      group('and', row('topics', 'none_of', ['ai', 'ml'])),
      [
        [{ topics: ['web'] }, true],
        [{ topics: ['web', 'ai'] }, false],
        [{}, true],
      ],
    ],
    [
      'plan is one of pro, team',
      group('and', row('plan', 'one_of', ['pro', 'team'])),
      [
        [{ plan: 'team' }, true],
        [{ plan: 'free' }, false],
        [{}, false],
      ],
    ],
    [
      'plan is not one of pro',
      group('and', row('plan', 'not_one_of', ['pro'])),
      [
        [{ plan: 'free' }, true],
        [{ plan: 'pro' }, false],
      ],
    ],
    [
      'notes contains "urgent"',
      group('and', row('notes', 'contains', 'urgent')),
      [
        [{ notes: 'this is urgent!' }, true],
        [{ notes: 'later' }, false],
        [{}, false],
      ],
    ],
    [
      'has_company is no (an unanswered question is not "no")',
      group('and', row('has_company', 'is_false')),
      [
        [{ has_company: false }, true],
        [{ has_company: true }, false],
        [{}, false],
      ],
    ],
    [
      'size equals 0, a falsy value',
      group('and', row('size', 'eq', 0)),
      [
        [{ size: 0 }, true],
        [{}, false],
      ],
    ],
    [
      'email is empty / size is filled with 0',
      group('or', row('email', 'empty'), row('size', 'filled')),
      [
        [{}, true],
        [{ email: 'a@b.co' }, false],
        [{ email: 'a@b.co', size: 0 }, true],
      ],
    ],
    [
      'topics is empty',
      group('and', row('topics', 'empty')),
      [
        [{}, true],
        [{ topics: ['ai'] }, false],
      ],
    ],
    [
      'country is GB AND (size over 50 OR plan is pro)',
      group('and', row('country', 'eq', 'GB'), group('or', row('size', 'gt', 50), row('plan', 'eq', 'pro'))),
      [
        [{ country: 'GB', size: 60 }, true],
        [{ country: 'GB', size: 5, plan: 'pro' }, true],
        [{ country: 'GB', size: 5, plan: 'free' }, false],
        [{ country: 'US', size: 60, plan: 'pro' }, false],
      ],
    ],
  ];

  it.each(cases)('%s', (_, g, expectations) => {
    const logic = groupToLogic(g);
    for (const [values, expected] of expectations)
      expect([values, evaluateCondition(logic, values)]).toEqual([values, expected]);
  });
});
