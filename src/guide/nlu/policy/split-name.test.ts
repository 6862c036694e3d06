import { describe, expect, it } from 'vitest';
import type { Field, WizardDefinition } from '../../../core/wizard/definition.js';
import { field } from '../extract/test-helpers.js';
import type { Action } from './plan.js';
import { lastNameSibling, splitWholeNames } from './split-name.js';

const wizard = (...fields: Field[]) => ({ steps: [{ fields }] }) as unknown as WizardDefinition;
const set = (name: string, value: string): Action => ({
  op: 'set',
  candidate: { field: name, value, confidence: 0.9, extractor: 'name-lead', span: value },
  utterance: value,
});
const values = (actions: Action[]) =>
  Object.fromEntries(
    actions.flatMap((a) => (a.op === 'set' ? [[a.candidate.field, a.candidate.value]] : [])),
  );

const camper = wizard(
  field('parent_name', 'text'),
  field('child_first_name', 'text'),
  field('child_last_name', 'text'),
);
const plain = wizard(field('first_name', 'text'), field('last_name', 'text'));
const given = wizard(field('given_name', 'text'), field('family_name', 'text'));

describe('splitWholeNames', () => {
  it.each([
    [
      camper,
      'child_first_name',
      'Owen Whitfield',
      { child_first_name: 'Owen', child_last_name: 'Whitfield' },
    ],
    [
      camper,
      'child_first_name',
      'Mateo Moreno Diaz',
      { child_first_name: 'Mateo', child_last_name: 'Moreno Diaz' },
    ],
    [camper, 'child_first_name', "Maeve O'Brien", { child_first_name: 'Maeve', child_last_name: "O'Brien" }],
    [plain, 'first_name', 'Ada Lovelace', { first_name: 'Ada', last_name: 'Lovelace' }],
    [given, 'given_name', 'Li Wei', { given_name: 'Li', family_name: 'Wei' }],
  ])('%#: %s "%s" fills both parts', (definition, name, value, want) =>
    expect(values(splitWholeNames([set(name, value)], definition))).toEqual(want),
  );

  it.each([
    [camper, set('child_first_name', 'Owen')], // one word: the first name only
    [camper, set('parent_name', 'Dana Whitfield')], // a whole-name field
    [camper, set('child_last_name', 'Moreno Diaz')], // the last name itself
    [wizard(field('first_name', 'text'), field('company', 'text')), set('first_name', 'Ada Lovelace')], // no last-name field
  ])('%#: kept as it is', (definition, action) =>
    expect(splitWholeNames([action], definition)).toEqual([action]),
  );

  it('leaves a last name set by the same plan, cutting it off the first name', () => {
    const plan = [set('child_first_name', 'Owen Whitfield'), set('child_last_name', 'Whitfield')];
    expect(values(splitWholeNames(plan, camper))).toEqual({
      child_first_name: 'Owen',
      child_last_name: 'Whitfield',
    });
    const other = [set('child_first_name', 'Mary Ann'), set('child_last_name', 'Smith')];
    expect(values(splitWholeNames(other, camper))).toEqual({
      child_first_name: 'Mary Ann',
      child_last_name: 'Smith',
    });
  });

  it('a weaker guess for the last name gives way to the whole name', () => {
    const guess: Action = {
      op: 'set',
      candidate: {
        field: 'child_last_name',
        value: 'Registering',
        confidence: 0.55,
        extractor: 'proper-noun',
      },
      utterance: '',
    };
    const plan = [set('child_first_name', 'Noah Greene'), guess];
    const out = splitWholeNames(plan, camper);
    expect(values(out)).toEqual({ child_first_name: 'Noah', child_last_name: 'Greene' });
    expect(out).toHaveLength(2);
  });
});

describe('lastNameSibling', () => {
  it('pairs the parts of the same person only', () => {
    const two = [
      field('child_first_name', 'text'),
      field('child_last_name', 'text'),
      field('parent_first_name', 'text'),
      field('parent_last_name', 'text'),
    ];
    expect(lastNameSibling(two[0]!, two)?.name).toBe('child_last_name');
    expect(lastNameSibling(two[2]!, two)?.name).toBe('parent_last_name');
    expect(lastNameSibling(two[1]!, two)).toBeUndefined();
  });
});
