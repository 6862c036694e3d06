import { describe, expect, it } from 'vitest';
import type { WizardDefinition } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { ctx, field } from '../extract/test-helpers.js';
import { defaultNlu } from '../nlu.js';
import { impliedConditions, showingValue } from './implied-condition.js';

describe('showingValue: the value a simple condition wants', () => {
  it.each<[unknown, unknown]>([
    [{ '==': [{ var: 'work_rights' }, false] }, { field: 'work_rights', value: false }],
    [{ '===': [true, { var: 'catering' }] }, { field: 'catering', value: true }],
    [{ '==': [{ var: 'plan' }, 'premium'] }, { field: 'plan', value: 'premium' }],
    [{ var: 'had_claims' }, { field: 'had_claims', value: true }],
    [{ '!': { var: 'has_car' } }, { field: 'has_car', value: false }],
    [{ '!=': [{ var: 'insured' }, true] }, { field: 'insured', value: false }],
    // conditions of more than one value, or a comparison, imply no single value
    [{ and: [{ var: 'a' }, { var: 'b' }] }, null],
    [{ '>': [{ var: 'guests' }, 50] }, null],
    [{ '!=': [{ var: 'plan' }, 'basic'] }, null],
  ])('%j', (condition, expected) => expect(showingValue(condition)).toEqual(expected));
});

const rights = field('work_rights', 'boolean', { label: 'Full right to work' });
const visa = field('visa_type', 'single_select', {
  label: 'Visa type',
  conditions: { show_if: { '==': [{ var: 'work_rights' }, false] } },
  opts: [
    ['student', 'Student visa', 'student'],
    ['bridging', 'Bridging visa', 'bridging'],
  ],
});
const claims = field('had_claims', 'boolean', { label: 'Any claims in the last 5 years' });
const count = field('claims_count', 'number', {
  label: 'Number of claims',
  conditions: { show_if: { '==': [{ var: 'had_claims' }, true] } },
});
const rooms = field('bedrooms', 'number', { label: 'Number of bedrooms' });
const hours = field('hours', 'number', { label: 'Hours per week' });
const definition = {
  steps: [{ id: 'all', fields: [hours, rooms, rights, visa, claims, count] }],
} as unknown as WizardDefinition;

/** What the words imply with every controlling field unanswered (or `answered`). */
function implied(utterance: string, answered: string[] = []) {
  const views = definition.steps[0]!.fields.map((f) => ({
    name: f.name,
    visible: !f.conditions,
    answered: answered.includes(f.name),
  }));
  const snapshot = { fields: views } as unknown as RunSnapshot;
  const fillable = definition.steps[0]!.fields.filter((f) => !f.conditions);
  return impliedConditions(defaultNlu, definition, snapshot, fillable, utterance, ctx).map((c) => [
    c.field,
    c.value,
  ]);
}

describe('impliedConditions: a follow-up said before the question that shows it', () => {
  it.each<[string, unknown[]]>([
    [
      "around 20 hours a week, I'm on a student visa",
      [
        ['work_rights', false],
        ['visa_type', 'student'],
      ],
    ],
    [
      "I'm here on a bridging visa at the moment",
      [
        ['work_rights', false],
        ['visa_type', 'bridging'],
      ],
    ],
    [
      'We claimed once, last year, for storm damage',
      [
        ['had_claims', true],
        ['claims_count', 1],
      ],
    ],
    [
      "we've had two claims since 2021",
      [
        ['had_claims', true],
        ['claims_count', 2],
      ],
    ],
  ])('%s', (utterance, expected) => expect(implied(utterance)).toEqual(expected));
  it.each<[string, string[]]>([
    // another field's number is no count of claims
    ['3 bedrooms, 20 hours a week', []],
    // no option said
    ['I have a visa, not sure which kind', []],
    // the controlling field is answered already: a change is not implied
    ["I'm on a student visa", ['work_rights']],
  ])('%s → nothing', (utterance, answered) => expect(implied(utterance, answered)).toEqual([]));
});

describe("impliedConditions: a denial or another field's word shows no follow-up", () => {
  const second = field('second_shooter', 'boolean', { label: 'Second shooter' });
  const shoot = field('engagement_shoot', 'boolean', { label: 'Engagement shoot' });
  const month = field('engagement_month', 'text', {
    label: 'Preferred month for the engagement shoot',
    conditions: { show_if: { '==': [{ var: 'engagement_shoot' }, true] } },
  });
  const wedding = { steps: [{ id: 'all', fields: [second, shoot, month] }] } as unknown as WizardDefinition;

  /** The fields the words imply, with every yes/no unanswered. */
  function impliedFields(utterance: string): string[] {
    const views = [second, shoot, month].map((f) => ({
      name: f.name,
      visible: !f.conditions,
      answered: false,
    }));
    const snapshot = { fields: views } as unknown as RunSnapshot;
    return impliedConditions(defaultNlu, wedding, snapshot, [second, shoot], utterance, ctx).map(
      (c) => c.field,
    );
  }

  it.each([
    // "shooter" is a word of another field, and the clause denies
    'candid, drone. no second shooter',
    'no second shooter',
    'second shooter yes please',
    // a denial of the thing itself never says yes to it
    "we don't want an engagement shoot in May",
    'no engagement shoot, we live abroad',
    // a misspelt name of the yes/no, with no value of the follow-up
    'engagment shoot yes',
  ])('%s → nothing', (utterance) => expect(impliedFields(utterance)).toEqual([]));
});
