import { describe, expect, it } from 'vitest';
import type { Candidate } from './types.js';
import { field } from './test-helpers.js';
import { agesThing, isAgeInYears, yearsSince, yearsSinceCandidates } from './years-since.js';

/** Said on 7 December 2026. */
const NOW = new Date(2026, 11, 7, 12);
const roofAge = field('roof_age', 'number', {
  label: 'Roof age (years)',
  description: 'How many years since the roof covering was installed or last replaced',
  validation: { min: 0, max: 100 },
});
const experience = field('years_experience', 'number', { label: 'Years of experience' });
const bill = field('monthly_bill', 'number', { label: 'Average monthly electricity bill (CAD)' });

describe('yearsSince: an age in years answered by the year it began', () => {
  it.each<[string, number | null]>([
    ['we had the roof redone in 2012', 14],
    ['put on in 2019', 7],
    ['My late husband had it done in 1998', 28],
    ['roof is 20 years old. wait no, it was redone in 2016', 10],
    // guards: an age said in years, a year still to come, a year followed by a correction in years
    ['about 15 years old', null],
    ['we plan to redo it in 2030', null],
    ['done in 2016, so 10 years old', null],
  ])('%s → %s', (said, expected) => expect(yearsSince(said, roofAge, NOW)?.value ?? null).toBe(expected));

  it('leaves years of something else and non-year fields alone (guard)', () => {
    expect(isAgeInYears(roofAge)).toBe(true);
    expect(isAgeInYears(experience)).toBe(false);
    expect(yearsSince('since 2015', experience, NOW)).toBeNull();
    expect(yearsSince('it was 1998', bill, NOW)).toBeNull();
  });
});

describe('yearsSinceCandidates: a past year for the age field whose thing is named', () => {
  const run = (said: string, agent?: string) => {
    const out: Candidate[] = [];
    yearsSinceCandidates(said, [bill, roofAge], NOW, out, agent);
    return out.map((c) => [c.field, c.value]);
  };
  it.each<[string, string | undefined, unknown[]]>([
    ['asphalt shingles, we had the roof redone in 2012', undefined, [['roof_age', 14]]],
    [
      'metal, the tin went up in 2001',
      'What is the roof made of and roughly how old is it?',
      [['roof_age', 25]],
    ],
    // guards: the thing is never named, or the question is not about its age
    ['we moved here in 2015', undefined, []],
    ['metal, the tin went up in 2001', 'What is the roof made of?', []],
  ])('%s (agent: %s) → %j', (said, agent, expected) => expect(run(said, agent)).toEqual(expected));
});

describe('agesThing: the age of a thing, not of a person or an animal', () => {
  it.each<[string, string, boolean]>([
    ['roof_age', 'Roof age (years)', true],
    ['vehicle_age', 'Vehicle age (years)', true],
    // guards: a person's or an animal's age, and no age at all
    ['age', 'Age (years)', false],
    ['child_age', 'Child age (years)', false],
    ['pet_age', 'Age (years)', false],
    ['years_experience', 'Years of experience', false],
  ])('%s (%s) → %s', (name, label, expected) =>
    expect(agesThing(field(name, 'number', { label }))).toBe(expected),
  );
});
