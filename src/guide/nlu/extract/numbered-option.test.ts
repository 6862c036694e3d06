import { describe, expect, it } from 'vitest';
import type { Option } from '../../../core/wizard/definition.js';
import { numberedOption } from './numbered-option.js';

const opts = (...labels: string[]): Option[] =>
  labels.map((label, i) => ({ value: `o${i}`, label, synonyms: [] }));
const ord = (n: number) => `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;
const gradesOrdinal = opts('Kindergarten', ...Array.from({ length: 12 }, (_, i) => `${ord(i + 1)} grade`));
const gradesNamed = opts(
  'Kindergarten',
  ...Array.from({ length: 12 }, (_, i) => `Grade ${i + 1}`),
  'College',
);
const years = opts('Year 7', 'Year 8', 'Year 9', 'Year 10', 'Year 11', 'Year 12');
const levels = opts('Level 1', 'Level 2', 'Level 3');
const floors = opts('Ground floor', '1st floor', '2nd floor', '3rd floor');

const label = (u: string, options: Option[]) => numberedOption(u, options)?.option.label ?? null;

describe('numberedOption: the number of a numbered option said in digits, words or ordinals', () => {
  it.each<[string, Option[], string]>([
    ["she's in fifth grade", gradesOrdinal, '5th grade'],
    ['grade nine', gradesOrdinal, '9th grade'],
    ["he's a 9th grader", gradesNamed, 'Grade 9'],
    ['ninth', gradesNamed, 'Grade 9'],
    ['the fifth', gradesOrdinal, '5th grade'],
    ['12th', gradesNamed, 'Grade 12'],
    ['9', gradesNamed, 'Grade 9'],
    ['nine', gradesNamed, 'Grade 9'],
    ['twelfth grade', gradesOrdinal, '12th grade'],
    ['year ten', years, 'Year 10'],
    ['um, year eleven please', years, 'Year 11'],
    ['level two', levels, 'Level 2'],
    ['the second floor', floors, '2nd floor'],
    ["she's a senior in high school", gradesOrdinal, '12th grade'],
    ['freshman', gradesNamed, 'Grade 9'],
  ])('%s', (u, options, want) => {
    expect(label(u, options)).toBe(want);
  });

  it.each<[string, Option[]]>([
    // ages, not grades or school years
    ['she is 9', gradesNamed],
    ["she's 9 years old", gradesNamed],
    ["he's 10 years old", years],
    ['my son is nine', gradesOrdinal],
    // a count of something else
    ['we have 3 kids', gradesNamed],
    // no number at all, or options that are not numbered
    ['kindergarten', gradesOrdinal],
    ['the second one', opts('Small', 'Medium', 'Large')],
    // "the first one" is a place in the list; times of day are not numbered options
    ['the fifth one', gradesNamed],
    ['the first', opts('10 am', '11 am', '12 pm', '1 pm', '2 pm')],
    // options whose labels hold two numbers are ranges, not numbered
    ['two', opts('1-2 years', '3-5 years')],
  ])('no option: %s', (u, options) => {
    expect(label(u, options)).toBeNull();
  });

  it.each<[string, string | null]>([
    ["he's 14 and in ninth grade", 'Grade 9'],
    ['grade ten', 'Grade 10'],
    ['ninth', null],
    ['9', null],
    ['a senior', null],
  ])('with the noun only: %s', (u, want) => {
    expect(numberedOption(u, gradesNamed, true)?.option.label ?? null).toBe(want);
  });
});
