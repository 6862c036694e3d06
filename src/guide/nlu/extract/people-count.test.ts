import { describe, expect, it } from 'vitest';
import { countsPeople, groupedHeads, peopleCount, namesHeads } from './people-count.js';
import { numberAnswer } from './number-answer.js';
import { extractAll } from './all.js';
import { ctx, field } from './test-helpers.js';

const adults = field('adults_in_household', 'number', {
  label: 'Adults in the household',
  description: 'How many people aged 18 or over live in the home, including you',
  validation: { min: 1, max: 12 },
});
const guests = field('party_size', 'number', { label: 'Number of guests' });
const pets = field('pets_count', 'number', { label: 'Number of pets', validation: { min: 0 } });
const rooms = field('bedrooms', 'number', { label: 'Bedrooms' });

describe('peopleCount', () => {
  it.each<[string, number | null]>([
    ['just me', 1],
    ["it's just me living there", 1],
    ['apartmnet, just myslef', 1],
    ['only me', 1],
    ['I live alone', 1],
    ['me and my wife', 2],
    ['my partner and I', 2],
    ['the two of us', 2],
    ['us two', 2],
    ['the three of us', 3],
    ['a house with a yard', null],
    ['me and my kids', null],
    ['my husband and myself', 2],
    ['I want to book my husband and myself in for check-ups', 2],
    ['for myself and my two daughters', 3],
    ['me and the 2 kids', 3],
    ['my husband, my son and me', 3],
    ['me, my wife and my parents', 4],
    ["so that's four of us", 4],
    ['ten of us', 10],
    ['my son and his friend', null],
    ['me and my 3 colleagues', 4],
  ])('%s → %s', (text, value) => {
    expect(peopleCount(text)?.value ?? null).toBe(value);
  });
});

describe('countsPeople', () => {
  it.each<[string, typeof adults, boolean]>([
    ['adults', adults, true],
    ['guests', guests, true],
    ['pets', pets, false],
    ['bedrooms', rooms, false],
  ])('%s → %s', (_, f, expected) => {
    expect(countsPeople(f)).toBe(expected);
  });
});

describe('head counts for number fields', () => {
  it.each<[string, typeof adults, number | null]>([
    ["it's me and my wife", adults, 2],
    ['the three of us', guests, 3],
    ['me and my wife, so two adults', adults, 2],
    ['me and my wife', pets, null],
    ['just me', rooms, 1],
  ])('asked: %s', (text, f, value) => {
    expect(numberAnswer(text, f)?.value ?? null).toBe(value);
  });

  it.each<[string, string | null, unknown]>([
    ['house with a fenced yard, it is me and my wife', 'adults_in_household', 2],
    ['apartmnet, just myslef', 'adults_in_household', 1],
    ['a one-bedroom apartment, the two of us', 'adults_in_household', 2],
  ])('unasked: %s', (text, name, value) => {
    const c = extractAll(text, [adults, rooms], ctx).find((x) => x.field === name);
    expect(c?.value).toBe(value);
  });

  it('unasked: no field counts people', () => {
    expect(extractAll('me and my wife', [pets, rooms], ctx)).toEqual([]);
  });
});

describe('namesHeads', () => {
  it.each<[string, boolean]>([
    [' person.', true],
    [' people please', true],
    [' of us', true],
    [' adults and a child', true],
    [' cats', false],
    [' bedrooms', false],
  ])('%j → %s', (words, heads) => expect(namesHeads(words)).toBe(heads));
});

describe('extractAll: a head count for the one people field, said unasked', () => {
  const patients = field('patients', 'number', {
    label: 'Number of patients',
    validation: { min: 1, max: 6 },
  });
  const bedrooms = field('bedrooms', 'number', { label: 'Number of bedrooms' });
  it.each<[string, number | null]>([
    ['1 person, the 20th at 2pm', 1],
    ["oh sorry, my son wants to come along too, so that's four of us", 4],
    ['two people, next Tuesday', 2],
    // no head noun: not a count of patients
    ['the 20th at 2pm', null],
    ['3 bedrooms', null],
  ])('%j → %s', (utterance, value) =>
    expect(
      extractAll(utterance, [patients, bedrooms], ctx).find((c) => c.field === 'patients')?.value ?? null,
    ).toBe(value),
  );
});

describe('heads counted in groups add up', () => {
  const occupants = field('occupants', 'number', {
    label: 'Number of occupants',
    description: 'Everyone who would live in the flat, adults and children, including you',
  });
  const bedrooms = field('bedrooms', 'number', { label: 'Bedrooms' });
  it.each<[string, number | null]>([
    ['2 adults and 3 children', 5],
    ['two adults and a baby', 3],
    ['an adult, a teenager and 2 little kids', 4],
    ["We're a family of four plus our indoor cat", 4],
    // guards: one group alone, and groups of no people
    ['3 adults', null],
    ['a cat and two dogs', null],
  ])('%s → %s', (u, n) => expect(groupedHeads(u)?.value ?? null).toBe(n));
  it.each<[string, number]>([
    ['2 adults and 3 children', 5],
    ['Myself, my husband and our daughter who is four years old.', 3],
  ])('asked: %s → %s', (u, n) => expect(numberAnswer(u, occupants)?.value).toBe(n));
  it('unasked, the groups add up for the field that counts people', () =>
    expect(
      extractAll('2 adults and 3 children, 3 bedrooms', [occupants, bedrooms], ctx).map((c) => [
        c.field,
        c.value,
      ]),
    ).toEqual(expect.arrayContaining([['occupants', 5]])));
});
