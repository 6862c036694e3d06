import { describe, expect, it } from 'vitest';
import { extractAll } from './all.js';
import { kindNameCandidates, kindNameField } from './kind-name-field.js';
import { cueValue } from './names.js';
import { ctx, field } from './test-helpers.js';

const owner = field('owner_name', 'text', { label: 'Your name' });
const pet = field('pet_name', 'text', { label: 'Pet name', description: "The pet's name" });
const vet = field('vet_name', 'text', { label: 'Vet name', description: 'Name of your vet' });
const breed = field('breed', 'text', { label: 'Breed' });
const age = field('age_years', 'number', { label: 'Age (years)' });
const species = field('species', 'single_select', {
  opts: [
    ['dog', 'Dog'],
    ['cat', 'Cat'],
  ],
});

describe('kindNameField', () => {
  it.each([
    ['the only name field of a thing', [owner, pet, breed], 'beagle', 'pet_name'],
    ['the field whose words hold the kind', [owner, pet, vet], 'vet', 'vet_name'],
    ['none when two fit equally', [owner, pet, vet], 'beagle', null],
    ['never the speaker’s own name', [owner, breed], 'colleague', null],
    ['none when the kind names another field', [pet, field('album', 'text')], 'album', null],
    ['never a bare full name', [field('full_name', 'text', { label: 'Full name' })], 'lab', null],
  ])('%s', (_, fields, kind, want) => expect(kindNameField(fields, kind)?.name ?? null).toBe(want));
});

describe('kindNameCandidates', () => {
  const fields = [owner, pet, breed, age, species];
  it.each([
    ['my two year old lab Moose', 'Moose'],
    ["We're dropping off our beagle Rosie on Friday", 'Rosie'],
    ['a cat named Biscuit who is 4', 'Biscuit'],
    ["she's a 3yo husky called Luna", 'Luna'],
  ])('%s → pet_name %s', (u, name) => {
    expect(kindNameCandidates(u, fields)[0]).toMatchObject({ field: 'pet_name', value: name });
    expect(extractAll(u, fields, ctx).find((c) => c.field === 'pet_name')?.value).toBe(name);
  });

  it.each(['Dana Whitfield, 415-555-3344', 'book the main hall on Monday', 'Rosie', 'my dog is called max'])(
    'nothing in %j',
    (u) => expect(kindNameCandidates(u, fields)).toEqual([]),
  );

  it.each([
    ['my two year old lab Moose', 'lab'],
    ['we are bringing our beagle Rosie', 'beagle'],
    ["she's a 3yo husky called Luna", 'husky'],
  ])('%s → breed %s', (u, kind) =>
    expect(extractAll(u, fields, ctx).find((c) => c.field === 'breed')?.value).toBe(kind),
  );

  it.each([
    // the kind is the species option: no breed
    ['a cat named Biscuit who is 4'],
    ['our dog Rex'],
  ])('no breed from %s', (u) =>
    expect(extractAll(u, fields, ctx).find((c) => c.field === 'breed')).toBeUndefined(),
  );

  it('no kind for a wizard without a field of kinds', () =>
    expect(kindNameCandidates('our beagle Rosie', [owner, pet]).map((c) => c.field)).toEqual(['pet_name']));

  it('keeps the other values of the sentence', () => {
    const got = extractAll('my two year old lab Moose', fields, ctx);
    expect(got.find((c) => c.field === 'age_years')?.value).toBe(2);
  });
});

describe("the speaker's own name", () => {
  it.each([
    ["Priya Natarajan, she's a 3yo husky called Luna", 'Luna'],
    ['Sam here, with a cat named Biscuit', 'Biscuit'],
  ])('is not the name given to a kind of thing in %j', (u, name) =>
    expect(cueValue(u, owner, false)?.value).not.toBe(name),
  );

  it.each([
    ["hi, I'm called Ada Lovelace", 'Ada Lovelace'],
    ['my name is Tom Becker', 'Tom Becker'],
  ])('is still read from %j', (u, name) => expect(cueValue(u, owner, false)?.value).toBe(name));
});
