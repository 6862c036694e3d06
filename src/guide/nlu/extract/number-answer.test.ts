import { describe, expect, it } from 'vitest';
import { numberAnswer } from './number-answer.js';
import { field } from './test-helpers.js';

const pets = field('pets_count', 'number', {
  label: 'Number of pets',
  description: 'Dogs, cats or rabbits to groom',
  validation: { min: 0 },
});
const drivers = field('extra_drivers', 'number', { label: 'Additional drivers', validation: { min: 1 } });
const fee = field('deposit', 'number', { label: 'Deposit amount' });

describe('numberAnswer', () => {
  it.each<[string, typeof pets, number | null]>([
    ['3', pets, 3],
    ['two dogs and a cat', pets, 2],
    ['a dog, two cats... that makes 3', pets, 3],
    ['none really', pets, 0],
    ['nothing, just me', pets, 0],
    ['no pets', pets, 0],
    ['nothing else', pets, null],
    ['none for now', pets, null],
    ['no wait, 4', pets, 4],
    ['none', drivers, null],
    ['the van has 7 seats', pets, null],
    ['$250', pets, null],
    ['1-3k', pets, null],
    ['$250', fee, 250],
    ['about 5 or so', pets, 5],
    ['2 in total', drivers, 2],
    ['somewhere around four or five, call it five', pets, 5],
    ["maybe a three? she says four. let's go with four", pets, 4],
    ['3 or 4, make it 4', pets, 4],
    ['two, I would say', pets, 2],
    ['March 7th, around 1pm', pets, null],
    ['2 dogs, come at 8am', pets, 2],
  ])('%s → %s', (u, f, expected) => {
    expect(numberAnswer(u, f)?.value ?? null).toBe(expected);
  });
});

describe("numberAnswer: the field's own noun denied beside numbers of other nouns", () => {
  const bedrooms = field('bedrooms', 'number', { label: 'Bedrooms', validation: { min: 0, max: 10 } });
  const bathrooms = field('bathrooms', 'number', { label: 'Bathrooms', validation: { min: 1, max: 8 } });
  it.each<[string, typeof pets, number | null]>([
    ["no bedroom as such, it's a studio. one bathroom", bedrooms, 0],
    ['one bathroom, and no separate bedroom', bedrooms, 0],
    // guards: a field that does not allow 0; another field's noun denied; a number of the field's own noun
    ["no bedroom as such, it's a studio. one bathroom", bathrooms, 1],
    ['one bathroom, no laundry', bedrooms, null],
    ['no bathroom upstairs, 2 bedrooms', bedrooms, 2],
    ['2 bathrooms, no bedrooms', drivers, null],
  ])('%s → %s', (u, f, expected) => {
    expect(numberAnswer(u, f)?.value ?? null).toBe(expected);
  });
});

describe('numberAnswer: how often and heads said without a number', () => {
  const talks = field('talk_count', 'number', {
    label: 'About how many talks have you given?',
    validation: { min: 1 },
  });
  const patients = field('patients', 'number', {
    label: 'Number of patients',
    validation: { min: 1, max: 6 },
  });
  const clients = field('clients', 'number', { label: 'How many clients?' });
  it.each<[string, typeof talks, number | null]>([
    ['only once', talks, 1],
    ['twice, both at meetups', talks, 2],
    ['just the one, at a local meetup last year', talks, 1],
    ['just the one, me', patients, 1],
    ['just myself, dear', patients, 1],
    ['One person.', patients, 1],
    ['2 people', clients, 2],
    ["so that's four of us", patients, 4],
    // unchanged: no count, or a count of something else
    ['many times', talks, null],
    ['once I have the slides', talks, null],
    ['3 cats', patients, null],
    ['twice', fee, null],
  ])('%j (%s) → %s', (utterance, f, value) => expect(numberAnswer(utterance, f)?.value ?? null).toBe(value));
});

describe('numberAnswer: "pounds" is a weight for a field that holds one', () => {
  const load = field('cargo_weight', 'number', { label: 'Cargo weight (lbs)' });
  const parcel = field('parcel', 'number', { label: 'Parcel mass', description: 'in pounds' });
  const tip = field('tip', 'number', { label: 'Tip' });
  it.each<[string, typeof load, number | null]>([
    ['roughly 140 pounds of gear', load, 140],
    ['twelve pounds', parcel, 12],
    ['the crate is 30 lbs', load, 30],
    ['20 pounds', tip, null],
    ['£20', load, null],
  ])('%s → %s', (u, f, expected) => {
    expect(numberAnswer(u, f)?.value ?? null).toBe(expected);
  });
});
