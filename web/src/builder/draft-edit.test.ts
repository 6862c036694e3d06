import { describe, expect, it } from 'vitest';
import { FIELD_TYPES } from '../../../src/core/wizard/definition';
import { parseWizardDefinition } from '../../../src/core/wizard/validate-definition';
import {
  addField,
  addStep,
  duplicateField,
  duplicateStep,
  indexAfterMove,
  moveField,
  moveFieldToStep,
  moveItem,
  moveStep,
  removeField,
  replaceField,
} from './draft-edit';
import { defaultField, identifierFrom } from './field-defaults';
import { draftWizard } from './test-fixtures';

const base = () =>
  draftWizard([
    { id: 'one', title: 'One', fields: [] },
    { id: 'two', title: 'Two', fields: [] },
    { id: 'three', title: 'Three', fields: [] },
  ]);

describe('step reorder', () => {
  it('moves an item forward and backward, clamping the target', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 1, 9)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 5, 0)).toEqual(['a', 'b', 'c']);
  });

  it('moves steps without touching the input draft', () => {
    const draft = base();
    const moved = moveStep(draft, 2, 0);
    expect(moved.steps.map((s) => s.id)).toEqual(['three', 'one', 'two']);
    expect(draft.steps.map((s) => s.id)).toEqual(['one', 'two', 'three']);
  });

  it('keeps a selection on the same step after a move', () => {
    // [a b c d], move 0 → 2 gives [b c a d]
    expect(indexAfterMove(0, 0, 2)).toBe(2);
    expect(indexAfterMove(1, 0, 2)).toBe(0);
    expect(indexAfterMove(2, 0, 2)).toBe(1);
    expect(indexAfterMove(3, 0, 2)).toBe(3);
    // [a b c d], move 3 → 1 gives [a d b c]
    expect(indexAfterMove(1, 3, 1)).toBe(2);
    expect(indexAfterMove(0, 3, 1)).toBe(0);
  });

  it('adds a step with a fresh id', () => {
    const draft = base();
    draft.steps[2]!.id = 'step_4';
    const { draft: added, index } = addStep(draft);
    expect(index).toBe(3);
    expect(added.steps[3]).toEqual({ id: 'step_4_2', title: 'Step 4', fields: [] });
  });
});

describe('fields', () => {
  it('gives every field type a default that the engine accepts', () => {
    let draft = base();
    for (const type of FIELD_TYPES) draft = addField(draft, 0, type).draft;
    expect(draft.steps[0]!.fields).toHaveLength(FIELD_TYPES.length);
    expect(parseWizardDefinition(draft)).toMatchObject({ ok: true });
  });

  it('names new fields uniquely across the wizard', () => {
    let draft = addField(base(), 0, 'email').draft;
    draft = addField(draft, 1, 'email').draft;
    expect(draft.steps[0]!.fields[0]!.name).toBe('email_address');
    expect(draft.steps[1]!.fields[0]!.name).toBe('email_address_2');
    expect(identifierFrom('  2 things!')).toBe('field');
  });

  it('reorders and removes fields within a step', () => {
    let draft = base();
    for (const type of ['text', 'email', 'phone'] as const) draft = addField(draft, 0, type).draft;
    draft = moveField(draft, 0, 2, 0);
    expect(draft.steps[0]!.fields.map((f) => f.type)).toEqual(['phone', 'text', 'email']);
    draft = removeField(draft, 0, 1);
    expect(draft.steps[0]!.fields.map((f) => f.type)).toEqual(['phone', 'email']);
  });

  it('rewrites conditions and derivations that read a renamed field', () => {
    let draft = base();
    const flag = { ...defaultField('boolean', []), name: 'has_company' };
    const company = {
      ...defaultField('text', []),
      name: 'company',
      conditions: {
        show_if: { and: [{ '==': [{ var: 'has_company' }, true] }, { var: ['has_company.x', 1] }] },
      },
    };
    const slug = {
      ...defaultField('text', []),
      name: 'slug',
      derive: { from: 'has_company', transform: 'slug' as const },
    };
    draft.steps[0]!.fields = [flag, company, slug];
    draft.steps[1]!.skip_if = { '!': { var: 'has_company' } };
    draft = replaceField(draft, 0, 0, { ...flag, name: 'runs_company' });
    expect(draft.steps[0]!.fields[1]!.conditions!.show_if).toEqual({
      and: [{ '==': [{ var: 'runs_company' }, true] }, { var: ['runs_company.x', 1] }],
    });
    expect(draft.steps[0]!.fields[2]!.derive!.from).toBe('runs_company');
    expect(draft.steps[1]!.skip_if).toEqual({ '!': { var: 'runs_company' } });
    expect(parseWizardDefinition(draft)).toMatchObject({ ok: true });
  });

  it('leaves references alone when the new name belongs to another field', () => {
    let draft = base();
    const a = { ...defaultField('boolean', []), name: 'a' };
    const b = { ...defaultField('boolean', []), name: 'b', conditions: { show_if: { var: 'a' } } };
    const c = { ...defaultField('text', []), name: 'c' };
    draft.steps[0]!.fields = [a, b, c];
    draft = replaceField(draft, 0, 0, { ...a, name: 'c' });
    expect(draft.steps[0]!.fields[1]!.conditions!.show_if).toEqual({ var: 'a' });
  });

  it('rewrites conditions, skip conditions and the default when an option value is renamed', () => {
    let draft = base();
    const size = {
      ...defaultField('single_select', []),
      name: 'size',
      options: [
        { value: 'small', label: 'Small', synonyms: [] },
        { value: 'large', label: 'Large', synonyms: [] },
      ],
      default: 'small',
    };
    const notes = {
      ...defaultField('text', []),
      name: 'notes',
      conditions: { show_if: { in: [{ var: 'size' }, ['small', 'large']] } },
    };
    draft.steps[0]!.fields = [size, notes];
    draft.steps[1]!.skip_if = { '==': [{ var: 'size' }, 'small'] };
    const renamed = { ...size, options: [{ ...size.options[0]!, value: 'tiny' }, size.options[1]!] };
    draft = replaceField(draft, 0, 0, renamed);
    expect(draft.steps[0]!.fields[0]!.default).toBe('tiny');
    expect(draft.steps[0]!.fields[1]!.conditions!.show_if).toEqual({
      in: [{ var: 'size' }, ['tiny', 'large']],
    });
    expect(draft.steps[1]!.skip_if).toEqual({ '==': [{ var: 'size' }, 'tiny'] });
    expect(parseWizardDefinition(draft)).toMatchObject({ ok: true });

    const both = {
      ...renamed,
      name: 'dimension',
      options: [renamed.options[0]!, { ...size.options[1]!, value: 'huge' }],
    };
    draft = replaceField(draft, 0, 0, both);
    expect(draft.steps[0]!.fields[1]!.conditions!.show_if).toEqual({
      in: [{ var: 'dimension' }, ['tiny', 'huge']],
    });
  });
});

describe('moving a field to another step', () => {
  const draft = () => {
    const d = base();
    d.steps[0]!.fields = [
      { ...defaultField('text', []), name: 'a' },
      { ...defaultField('email', []), name: 'b' },
    ];
    d.steps[1]!.fields = [{ ...defaultField('text', []), name: 'c' }];
    return d;
  };
  const names = (d: ReturnType<typeof base>) => d.steps.map((s) => s.fields.map((f) => f.name));

  it('appends the field to the target step and returns its new index', () => {
    const input = draft();
    const { draft: moved, index } = moveFieldToStep(input, 0, 0, 1);
    expect(names(moved)).toEqual([['b'], ['c', 'a'], []]);
    expect(index).toBe(1);
    expect(names(input)).toEqual([['a', 'b'], ['c'], []]);
    expect(moveFieldToStep(input, 1, 0, 2)).toMatchObject({ index: 0 });
  });

  it('moves to the end of its own step when the target is the same step', () => {
    const { draft: moved, index } = moveFieldToStep(draft(), 0, 0, 0);
    expect(names(moved)[0]).toEqual(['b', 'a']);
    expect(index).toBe(1);
  });

  it('leaves the draft unchanged when a step or the field is out of range', () => {
    const input = draft();
    for (const [from, index, to] of [
      [5, 0, 1],
      [0, 2, 1],
      [0, -1, 1],
      [0, 0, 3],
      [0, 0, -1],
    ] as const)
      expect(moveFieldToStep(input, from, index, to)).toEqual({ draft: input, index: -1 });
  });
});

describe('duplicating', () => {
  it('inserts a copy of a field after it with a name unique across the draft', () => {
    let draft = base();
    const email = { ...defaultField('email', []), name: 'email', label: 'Email' };
    draft.steps[0]!.fields = [email, { ...defaultField('text', []), name: 'other' }];
    draft.steps[1]!.fields = [{ ...defaultField('email', []), name: 'email_2' }];
    const result = duplicateField(draft, 0, 0);
    expect(result.index).toBe(1);
    expect(result.draft.steps[0]!.fields.map((f) => f.name)).toEqual(['email', 'email_3', 'other']);
    expect(result.draft.steps[0]!.fields[1]).toEqual({ ...email, name: 'email_3', label: 'Email (copy)' });
    expect(draft.steps[0]!.fields).toHaveLength(2);
    draft = result.draft;
    expect(parseWizardDefinition(draft)).toMatchObject({ ok: true });
    expect(duplicateField(draft, 0, 3)).toEqual({ draft, index: -1 });
    expect(duplicateField(draft, 4, 0)).toEqual({ draft, index: -1 });
  });

  it('inserts a copy of a step whose conditions read the copies of its own fields', () => {
    const draft = base();
    const flag = { ...defaultField('boolean', []), name: 'has_company' };
    const company = {
      ...defaultField('text', []),
      name: 'company',
      conditions: {
        show_if: { and: [{ var: 'has_company' }, { '==': [{ var: 'plan' }, 'pro'] }] },
      },
      derive: { from: 'has_company', transform: 'slug' as const },
    };
    draft.steps[0]!.fields = [{ ...defaultField('text', []), name: 'plan' }];
    draft.steps[1]!.fields = [flag, company];
    draft.steps[1]!.skip_if = { var: 'plan' };
    draft.steps[2]!.id = 'two_2';
    draft.steps[2]!.fields = [{ ...defaultField('text', []), name: 'company_2' }];

    const { draft: copied, index } = duplicateStep(draft, 1);
    expect(index).toBe(2);
    expect(copied.steps.map((s) => s.id)).toEqual(['one', 'two', 'two_3', 'two_2']);
    const copy = copied.steps[2]!;
    expect(copy.title).toBe('Two (copy)');
    expect(copy.skip_if).toEqual({ var: 'plan' });
    expect(copy.fields.map((f) => f.name)).toEqual(['has_company_2', 'company_3']);
    expect(copy.fields[1]!.conditions!.show_if).toEqual({
      and: [{ var: 'has_company_2' }, { '==': [{ var: 'plan' }, 'pro'] }],
    });
    expect(copy.fields[1]!.derive!.from).toBe('has_company_2');
    expect(copied.steps[1]).toEqual(draft.steps[1]);
    expect(parseWizardDefinition(copied)).toMatchObject({ ok: true });
  });

  it('copies an empty step and leaves the draft unchanged when the index is out of range', () => {
    const draft = base();
    const { draft: copied } = duplicateStep(draft, 2);
    expect(copied.steps[3]).toEqual({ id: 'three_2', title: 'Three (copy)', fields: [] });
    expect(duplicateStep(draft, 3)).toEqual({ draft, index: -1 });
    expect(duplicateStep(draft, -1)).toEqual({ draft, index: -1 });
  });
});
