import { describe, expect, it } from 'vitest';
import type { Field, JsonLogic, Option } from '../../../src/core/wizard/definition';
import { parseWizardDefinition } from '../../../src/core/wizard/validate-definition';
import { groupToLogic, logicToGroup, type ConditionRow } from './conditions/logic-groups';
import { field } from '../test/fixtures';
import { followOptionRenames, optionRenames, renameDefault, renameOptionLiterals } from './option-rename';
import { draftWizard } from './test-fixtures';

const opts = (...values: string[]): Option[] =>
  values.map((value) => ({ value, label: value.toUpperCase(), synonyms: [] }));

const SMALL_TO_TINY = new Map([['small', 'tiny']]);

/** The JSON Logic the condition builder writes for one row. */
const rowLogic = (row: Omit<ConditionRow, 'kind'>): JsonLogic =>
  groupToLogic({ kind: 'group', combinator: 'and', children: [{ kind: 'row', ...row }] })!;

describe('optionRenames', () => {
  it('finds a value changed in place to a new one', () => {
    expect(optionRenames(opts('small', 'large'), opts('tiny', 'large'))).toEqual(SMALL_TO_TINY);
    expect(optionRenames(opts('a', 'b', 'c'), opts('x', 'b', 'z'))).toEqual(
      new Map([
        ['a', 'x'],
        ['c', 'z'],
      ]),
    );
  });

  it('ignores label and synonym edits', () => {
    const after = opts('small', 'large').map((o) => ({ ...o, label: 'Other', synonyms: ['x'] }));
    expect(optionRenames(opts('small', 'large'), after).size).toBe(0);
  });

  it('treats a reorder, an added and a removed option as no rename', () => {
    expect(optionRenames(opts('a', 'b'), opts('b', 'a')).size).toBe(0);
    expect(optionRenames(opts('a', 'b', 'c'), opts('c', 'a', 'b')).size).toBe(0);
    expect(optionRenames(opts('a', 'b'), opts('a', 'b', 'c')).size).toBe(0);
    expect(optionRenames(opts('a', 'b'), opts('b')).size).toBe(0);
    expect(optionRenames(undefined, opts('a')).size).toBe(0);
    expect(optionRenames(opts('a'), undefined).size).toBe(0);
  });

  it('gives no rename while a value clashes with another option, nor out of a clash', () => {
    expect(optionRenames(opts('a', 'ab'), opts('ab', 'ab')).size).toBe(0);
    expect(optionRenames(opts('ab', 'ab'), opts('abc', 'ab')).size).toBe(0);
  });

  it('follows a value through empty', () => {
    expect(optionRenames(opts('a', 'b'), opts('', 'b'))).toEqual(new Map([['a', '']]));
    expect(optionRenames(opts('', 'b'), opts('c', 'b'))).toEqual(new Map([['', 'c']]));
  });
});

describe('renameOptionLiterals', () => {
  const rename = (logic: JsonLogic) => renameOptionLiterals(logic, 'size', SMALL_TO_TINY);

  it.each<[string, Omit<ConditionRow, 'kind'>, Omit<ConditionRow, 'kind'>]>([
    [
      'equals',
      { field: 'size', operator: 'eq', value: 'small' },
      { field: 'size', operator: 'eq', value: 'tiny' },
    ],
    [
      'does not equal',
      { field: 'size', operator: 'neq', value: 'small' },
      { field: 'size', operator: 'neq', value: 'tiny' },
    ],
    [
      'is one of',
      { field: 'size', operator: 'one_of', value: ['large', 'small'] },
      { field: 'size', operator: 'one_of', value: ['large', 'tiny'] },
    ],
    [
      'is not one of',
      { field: 'size', operator: 'not_one_of', value: ['small'] },
      { field: 'size', operator: 'not_one_of', value: ['tiny'] },
    ],
    [
      'includes (multi-select)',
      { field: 'size', operator: 'contains', value: 'small' },
      { field: 'size', operator: 'contains', value: 'tiny' },
    ],
    [
      'does not include',
      { field: 'size', operator: 'not_contains', value: 'small' },
      { field: 'size', operator: 'not_contains', value: 'tiny' },
    ],
    [
      'includes any of',
      { field: 'size', operator: 'any_of', value: ['small', 'large'] },
      { field: 'size', operator: 'any_of', value: ['tiny', 'large'] },
    ],
    [
      'includes none of',
      { field: 'size', operator: 'none_of', value: ['small'] },
      { field: 'size', operator: 'none_of', value: ['tiny'] },
    ],
  ])('rewrites the builder\'s "%s" row', (_, before, after) => {
    expect(rename(rowLogic(before))).toEqual(rowLogic(after));
  });

  it('rewrites rows nested in groups and leaves the other rows as they are', () => {
    const logic: JsonLogic = {
      or: [
        { '==': [{ var: 'size' }, 'small'] },
        { and: [{ '!=': [{ var: 'size' }, null] }, { '==': [{ var: 'plan' }, 'small'] }] },
      ],
    };
    expect(rename(logic)).toEqual({
      or: [
        { '==': [{ var: 'size' }, 'tiny'] },
        { and: [{ '!=': [{ var: 'size' }, null] }, { '==': [{ var: 'plan' }, 'small'] }] },
      ],
    });
    expect(logicToGroup(rename(logic)).ok).toBe(true);
  });

  it('rewrites hand-written comparisons: either side, strict, `var` with a default', () => {
    expect(rename({ '===': ['small', { var: 'size' }] })).toEqual({ '===': ['tiny', { var: 'size' }] });
    expect(rename({ '!==': [{ var: ['size', 'small'] }, 'small'] })).toEqual({
      '!==': [{ var: ['size', 'small'] }, 'tiny'],
    });
    expect(rename({ all: [{ var: 'size' }, { '==': [{ var: '' }, 'small'] }] })).toEqual({
      all: [{ var: 'size' }, { '==': [{ var: '' }, 'tiny'] }],
    });
  });

  it('leaves literals compared with another field, or with a dotted path, alone', () => {
    const untouched: JsonLogic[] = [
      { '==': [{ var: 'plan' }, 'small'] },
      { in: ['small', { var: 'plan' }] },
      { in: [{ var: 'plan' }, ['small']] },
      { some: [{ var: 'plan' }, { in: [{ var: '' }, ['small']] }] },
      { '==': [{ var: 'size.small' }, 'small'] },
      { '==': [{ var: 'size_2' }, 'small'] },
      { '==': [{ var: 'small' }, 'small'] },
    ];
    for (const logic of untouched) expect(rename(logic)).toEqual(logic);
  });

  it('reads `{"var": "size"}` inside an iteration over another list as the element, not the field', () => {
    const logic: JsonLogic = { some: [{ var: 'items' }, { '==': [{ var: 'size' }, 'small'] }] };
    expect(rename(logic)).toEqual(logic);
  });

  it('leaves strings that are not compared with the field alone', () => {
    const logic: JsonLogic = { if: [{ '==': [{ var: 'size' }, 'small'] }, 'small', { cat: ['small'] }] };
    expect(rename(logic)).toEqual({
      if: [{ '==': [{ var: 'size' }, 'tiny'] }, 'small', { cat: ['small'] }],
    });
  });

  it('renames several values at once without chaining them', () => {
    const renames = new Map([
      ['a', 'b2'],
      ['c', 'a2'],
    ]);
    expect(renameOptionLiterals({ in: [{ var: 'size' }, ['a', 'c', 'x']] }, 'size', renames)).toEqual({
      in: [{ var: 'size' }, ['b2', 'a2', 'x']],
    });
  });
});

describe('renameDefault', () => {
  it('renames a single default and the items of a list default', () => {
    const single = field({ name: 'size', label: 'Size', type: 'single_select', default: 'small' });
    expect(renameDefault(single, SMALL_TO_TINY).default).toBe('tiny');
    const multi = field({ name: 'sizes', label: 'Sizes', type: 'multi_select', default: ['large', 'small'] });
    expect(renameDefault(multi, SMALL_TO_TINY).default).toEqual(['large', 'tiny']);
  });

  it('returns the field itself when its default holds no renamed value', () => {
    const none = field({ name: 'size', label: 'Size', type: 'single_select' });
    const other = { ...none, default: 'large' };
    const list = { ...none, default: ['large'] };
    for (const f of [none, other, list]) expect(renameDefault(f, SMALL_TO_TINY)).toBe(f);
  });
});

describe('followOptionRenames', () => {
  /** The select whose options are edited (options set directly: an empty value is a valid moment of typing). */
  const size = (values: string[], extra: Partial<Field> = {}): Field => ({
    ...field({ name: 'size', label: 'Size', type: 'single_select' }),
    options: opts(...values),
    ...extra,
  });
  const plan = field({
    name: 'plan',
    label: 'Plan',
    type: 'single_select',
    options: opts('small', 'big'),
    conditions: { show_if: { '==': [{ var: 'size' }, 'small'] } },
  });
  const notes = field({
    name: 'notes',
    label: 'Notes',
    type: 'text',
    conditions: {
      require_if: { '!': { in: [{ var: 'size' }, ['small', 'large']] } },
      hide_if: { '==': [{ var: 'plan' }, 'small'] },
    },
  });
  const draftWith = (first: Field) =>
    draftWizard([
      { id: 'one', title: 'One', fields: [first, plan] },
      { id: 'two', title: 'Two', fields: [notes], skip_if: { '!=': [{ var: 'size' }, 'small'] } },
    ]);

  it('rewrites conditions, skip_if and the default, and nothing compared with another field', () => {
    const draft = followOptionRenames(
      draftWith(size(['tiny', 'large'], { default: 'small' })),
      0,
      0,
      size(['small', 'large'], { default: 'small' }),
    );
    expect(draft.steps[0]!.fields[0]!.default).toBe('tiny');
    expect(draft.steps[0]!.fields[1]!.conditions!.show_if).toEqual({ '==': [{ var: 'size' }, 'tiny'] });
    expect(draft.steps[1]!.fields[0]!.conditions).toEqual({
      require_if: { '!': { in: [{ var: 'size' }, ['tiny', 'large']] } },
      hide_if: { '==': [{ var: 'plan' }, 'small'] },
    });
    expect(draft.steps[1]!.skip_if).toEqual({ '!=': [{ var: 'size' }, 'tiny'] });
    expect(draft.steps[0]!.fields[1]!.options!.map((o) => o.value)).toEqual(['small', 'big']);
    expect(parseWizardDefinition(draft)).toMatchObject({ ok: true });
  });

  it('returns the draft itself when nothing was renamed or no field is at that place', () => {
    const draft = draftWith(size(['large', 'small']));
    expect(followOptionRenames(draft, 0, 0, size(['small', 'large']))).toBe(draft);
    expect(followOptionRenames(draft, 5, 0, size(['x', 'y']))).toBe(draft);
  });

  it('follows a value typed keystroke by keystroke, and stops once it clashes', () => {
    let previous = size(['small', 'large']);
    let draft = draftWith(previous);
    /** One keystroke: the edited field replaces the first one, as `replaceField` does. */
    const type = (...values: string[]) => {
      const next = size(values);
      const [first, ...rest] = draft.steps;
      draft = followOptionRenames(
        { ...draft, steps: [{ ...first!, fields: [next, plan] }, ...rest] },
        0,
        0,
        previous,
      );
      previous = next;
      return draft.steps[1]!.skip_if;
    };
    expect(type('', 'large')).toEqual({ '!=': [{ var: 'size' }, ''] });
    expect(type('l', 'large')).toEqual({ '!=': [{ var: 'size' }, 'l'] });
    expect(type('la', 'large')).toEqual({ '!=': [{ var: 'size' }, 'la'] });
    // "large" is the other option's value: conditions stay as they are while it clashes, and after.
    expect(type('large', 'large')).toEqual({ '!=': [{ var: 'size' }, 'la'] });
    expect(type('larger', 'large')).toEqual({ '!=': [{ var: 'size' }, 'la'] });
    expect(draft.steps[1]!.fields[0]!.conditions!.require_if).toEqual({
      '!': { in: [{ var: 'size' }, ['la', 'large']] },
    });
  });
});
