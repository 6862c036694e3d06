import { describe, expect, it } from 'vitest';
import {
  isOwnNameField,
  isSelfOrOtherNameField,
  isSpeakerRoleNameField,
  isThingNameField,
  namedThing,
} from './name-fields.js';
import { field } from './test-helpers.js';

describe('isThingNameField', () => {
  it.each([
    ['pet_name', "Pet's name"],
    ['dog_name', 'Name of your dog'],
    ['name', 'Sidekick name'],
    ['child_name', "Child's name"],
    ['patient_name', 'Patient name'],
    ['horse_name', 'Horse name'],
    ['co_speaker_name', "Co-speaker's name"],
    ['emergency_contact_name', 'Emergency contact name'],
    ['partner_name', "Partner's name"],
    ['partner_name', "Your partner's name"],
    ['kid_name', "Your child's name"],
  ])('%s (%s) names a thing or someone else', (name, label) =>
    expect(isThingNameField(field(name, 'text', { label }))).toBe(true),
  );
  it.each([
    ['full_name', 'Full name'],
    ['name', 'Name'],
    ['owner_name', 'Your full name'],
    ['owner_name', "Owner's name"],
    ['contact_name', 'Contact name'],
    ['client_name', 'Client name'],
    ['policyholder_name', 'Policyholder name'],
    ['pet_notes', 'Notes about your pet'],
    ['city_name', 'City name'],
  ])('%s (%s) does not', (name, label) =>
    expect(isThingNameField(field(name, 'text', { label }))).toBe(false),
  );
  it('a select field is never one', () =>
    expect(isThingNameField(field('pet_name', 'single_select', { label: 'Pet' }))).toBe(false));
});

describe('isOwnNameField and namedThing', () => {
  it.each([
    ['your_name', 'Name', true],
    ['owner_name', 'Your full name', true],
    ['full_name', 'Full name', false],
    ['partner_name', "Your partner's name", false],
    ['your_partner', "Your partner's full name", false],
    ['name', 'Your full name', true],
    ['name', 'Your name (as on your ID)', true],
  ])('%s (%s) own: %s', (name, label, own) =>
    expect(isOwnNameField(field(name, 'text', { label }))).toBe(own),
  );
  it.each([
    ['pet_name', "Pet's name", ['pet', 'pet']],
    ['full_name', 'Your full name', []],
    ['name', 'Sidekick name', ['sidekick']],
  ])('%s (%s) names %j', (name, label, words) =>
    expect(namedThing(field(name, 'text', { label }))).toEqual(words),
  );
});

describe('isSpeakerRoleNameField', () => {
  it.each([
    ['parent_name', 'Parent/guardian name', true],
    ['owner_name', "Owner's name", true],
    ['contact_name', 'Contact name', true],
    ['policyholder_name', 'Policyholder name', true],
    ['name', 'Cardholder name', true],
    ['homeowner_name', "Homeowner's name", true],
    ['other_policyholder', 'Other policyholder', false],
    ['holder_name', 'Holder name', true],
    ['shareholder_partner', "Partner's name", false],
    ['emergency_contact_name', 'Emergency contact name', false],
    ['your_name', 'Your name', false], // the speaker's own by its words (`isOwnNameField`)
    ['child_first_name', "Camper's first name", false],
    ['full_name', 'Full name', false],
    ['pickup_person', 'Other authorized pickup', false],
  ])('%s (%s): %s', (name, label, role) =>
    expect(isSpeakerRoleNameField(field(name, 'text', { label }))).toBe(role),
  );
});

describe('isSelfOrOtherNameField', () => {
  it.each([
    ['learner_name', "Learner's full name", true],
    ['patient_name', 'Patient name', true],
    ['student_name', 'Student name', true],
    ['passenger_name', 'Lead passenger name', true],
    // GUARD: another's by a word, a thing's, the speaker's own or role, a bare full name
    ['second_passenger', 'Second passenger name', false],
    ['pet_name', "Pet's name", false],
    ['your_name', 'Your name', false],
    ['parent_name', 'Parent/guardian name', false],
    ['full_name', 'Full name', false],
  ])('%s (%s): %s', (name, label, either) =>
    expect(isSelfOrOtherNameField(field(name, 'text', { label }))).toBe(either),
  );
});
