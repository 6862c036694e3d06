import { describe, expect, it } from 'vitest';
import { field } from '../extract/test-helpers.js';
import type { Candidate } from './plan.js';
import { kindComplement, takesKind } from './kind-complement.js';

const makeModel = field('make_model', 'text', {
  label: 'Make and model',
  description: 'The manufacturer and model, e.g. Ford Focus',
});
const breed = field('breed', 'text', { label: 'Breed', description: 'The breed or mix, if you know it' });
const plate = field('registration', 'text', {
  label: 'Registration plate',
  validation: { pattern: '^[A-Za-z0-9]{1,4}[ -]?[A-Za-z0-9]{1,4}$' },
});
const species = field('species', 'single_select', {
  opts: [
    ['dog', 'Dog', 'puppy'],
    ['rabbit', 'Rabbit', 'bunny'],
  ],
});
const petName = field('pet_name', 'text', { label: "Pet's name" });
const city = field('city', 'text', { label: 'City' });
const miles = field('mileage', 'number', { label: 'Current mileage' });
const fields = [makeModel, breed, plate, species, petName, city, miles];

const said = (f: string, value: unknown, span: string): Candidate => ({
  field: f,
  value,
  confidence: 0.8,
  extractor: 'test',
  span,
});

describe('kindComplement', () => {
  it.each<[string, string, Candidate[], string]>([
    [
      "It's a Skoda Octavia estate, reg KX19 LMF, about 48,000 miles.",
      'make_model',
      [],
      'Skoda Octavia estate',
    ],
    ['its a vw polo reg ab17 wzt', 'make_model', [said('registration', 'ab17', 'ab17')], 'vw polo'],
    ["registration's PN14 UHE, it's a Nissan Qashqai", 'make_model', [], 'Nissan Qashqai'],
    ['my car is a Mini Cooper please', 'make_model', [], 'Mini Cooper'],
    ['dogs name is bruiser hes a pitbull', 'breed', [], 'pitbull'],
    // an option word inside the kind stays part of it
    [
      "her name is Clover, she's a Holland Lop bunny",
      'breed',
      [said('species', 'rabbit', 'bunny')],
      'Holland Lop bunny',
    ],
    ["she's a beagle and she's 3", 'breed', [], 'beagle'],
  ])('%j gives %s %j', (utterance, name, others, want) =>
    expect(
      kindComplement(
        utterance,
        fields.find((f) => f.name === name)!,
        others,
        fields,
      )?.value,
    ).toBe(want),
  );

  it.each<[string, string, Candidate[]]>([
    // guards: only an option's words left, no indefinite article, no kind clause, a field that takes no kind
    ["she's a dog", 'breed', [said('species', 'dog', 'dog')]],
    ["it's Rex", 'breed', []],
    ['a Ford Focus', 'make_model', []],
    ["it's a Ford Focus", 'registration', []],
    ["he's a Labrador", 'pet_name', []],
    ["it's a small town", 'city', []],
  ])('%j gives no %s', (utterance, name, others) =>
    expect(
      kindComplement(
        utterance,
        fields.find((f) => f.name === name)!,
        others,
        fields,
      ),
    ).toBeNull(),
  );

  it("keeps the kind's own words as its span", () => {
    const c = kindComplement(
      "she's a Holland Lop bunny",
      breed,
      [said('species', 'rabbit', 'bunny')],
      fields,
    );
    expect(c?.span).toBe('Holland Lop');
  });
});

describe('takesKind', () => {
  it.each<[string, boolean]>([
    ['make_model', true],
    ['breed', true],
    ['registration', false],
    ['pet_name', false],
    ['city', false],
    ['mileage', false],
  ])('%s: %s', (name, want) => expect(takesKind(fields.find((f) => f.name === name)!)).toBe(want));
});
