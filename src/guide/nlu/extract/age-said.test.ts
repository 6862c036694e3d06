import { describe, expect, it } from 'vitest';
import type { Field } from '../../../core/wizard/definition.js';
import { ageSaidCandidates } from './age-said.js';
import type { Candidate } from './types.js';
import { field } from './test-helpers.js';

const age = field('pet_age', 'number', { label: 'Age (years)', validation: { min: 0, max: 40 } });
const weight = field('weight', 'number', { label: 'Weight' });
const guests = field('guests', 'number', { label: 'Number of guests' });

function run(text: string, fields: Field[] = [age, weight]): unknown[] {
  const out: Candidate[] = [];
  ageSaidCandidates(text, fields, out);
  return out.map((c) => c.value);
}

describe('ageSaidCandidates', () => {
  it.each<[string, number]>([
    ["She's a beagle, she's 3 and a half, and she weighed about 24 pounds", 3.5],
    ["he's eleven, and about sixteen pounds", 11],
    ["he's 9", 9],
    ['She is 2 years old.', 2],
    ["I'm 38 now", 38],
    ["he's 9 now", 9],
  ])('%s → %d', (text, value) => expect(run(text)).toEqual([value]));

  // guards
  it.each<[string, Field[]]>([
    ["it's 4", [age, weight]],
    ["we're 12", [age, weight]],
    ['she was 3 when we got her', [age, weight]],
    ["he's 5 foot tall", [age, weight]],
    ["she's 2 kilos", [age, weight]],
    ['the 3 of us', [age, weight]],
    ["he's 9", [weight, guests]],
    ["he's 90", [age, weight]],
    ["she's 3", [age, field('owner_age', 'number', { label: 'Owner age (years)' })]],
    ["she's $30", [age]],
    // a person's age never fills the age of a thing
    ["I'm 71 and not great with computers", [field('roof_age', 'number', { label: 'Roof age (years)' })]],
  ])('%s fills nothing', (text, fields) => expect(run(text, fields)).toEqual([]));
});
