import { describe, expect, it } from 'vitest';
import type { Field } from '../../../core/wizard/definition.js';
import { ageLimit, ageLimitAnswer, ageLimitCandidates } from './age-limit.js';
import type { Candidate } from './types.js';
import { field } from './test-helpers.js';

/** A yes/no field labelled `label`. */
const yesNo = (label: string) => field('age_check', 'boolean', { label });
const over18 = 'I am 18 or over';
const adult = 'Are you 21 or older?';
const under16 = 'Under 16';
const senior = 'Aged 65+';
const hours = field('hours_per_week', 'number', { label: 'Hours per week', validation: { min: 1, max: 40 } });

describe('ageLimit: the ages a yes/no field about an age says yes to', () => {
  it.each<[Field, unknown]>([
    [yesNo(over18), { min: 18 }],
    [yesNo(adult), { min: 21 }],
    [yesNo(under16), { max: 15 }],
    [yesNo(senior), { min: 65 }],
    [field('age_ok', 'boolean', { label: 'Is the volunteer over 18?' }), { min: 18 }],
    [field('over_18', 'boolean', { label: 'Age check' }), { min: 18 }],
    [field('young', 'boolean', { label: 'Aged 25 or under' }), { max: 25 }],
    // guards: a limit of something else, or no yes/no
    [field('big_order', 'boolean', { label: 'Order over 50 pounds' }), null],
    [field('big_party', 'boolean', { label: 'Over 50 guests' }), null],
    [field('licence', 'boolean', { label: 'Full driving licence' }), null],
    [field('age', 'number', { label: '18 or over' }), null],
  ])('%#: %o', (f, expected) => expect(ageLimit(f)).toEqual(expected));
});

/** What `said` answers for the yes/no labelled `label` when unasked (extractAll) or asked (`asked`). */
function answer(said: string, label = over18, asked = false): unknown {
  const f =
    label === 'licence' ? field('licence', 'boolean', { label: 'Full driving licence' }) : yesNo(label);
  if (asked) return ageLimitAnswer(said, f, 0.9, true)?.value ?? null;
  const out: Candidate[] = [];
  ageLimitCandidates(said, [f, hours], out);
  return out[0]?.value ?? null;
}

describe('an age said answers a yes/no about an age limit', () => {
  it.each<[string, string, boolean]>([
    ["yes I'm well over 18 haha", over18, true],
    ["ok fine, 07700 900127. and yeah I'm 22", over18, true],
    ['I am 34 years old and by the way I wear XL', over18, true],
    ['no licence im 16 lol', over18, false],
    ['Yes I am above 18.', over18, true],
    ["aye I'm over 18", over18, true],
    ['fair enough, yeah I am 29', over18, true],
    ["I'm not 18 yet", over18, false],
    ["I'm nearly 18", over18, false],
    ['Yes I am an adult.', over18, true],
    ["I'm 19", adult, false],
    ["I'm 16", under16, false],
    ["I'm 15", under16, true],
    ['aged 70', senior, true],
    ["I'm twenty two", over18, true],
  ])('%s (%s) → %s', (said, label, expected) => expect(answer(said, label)).toBe(expected));

  it.each<[string, boolean]>([
    ['22', true],
    ['16 lol', false],
    ['34 years old', true],
  ])('asked, %s → %s', (said, expected) => expect(answer(said, over18, true)).toBe(expected));

  // guards: someone else's age, a number of something else, an unasked bare number, a bound that decides nothing
  it.each<[string, string]>([
    ['my son is 16', over18],
    ['she is 20 years old', over18],
    ["I'm 5 minutes away", over18],
    ['over 18 hours a week', over18],
    ['about 4 hours a week', over18],
    ['22', over18],
    ["I'm over 18", adult],
    ["I'm not 18", over18],
    ['07700 900127', over18],
    ['I am 18 or over', 'licence'],
  ])('%s (%s) answers nothing', (said, label) => expect(answer(said, label)).toBeNull());
});
