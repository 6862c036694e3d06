import { describe, expect, it } from 'vitest';
import { field } from './test-helpers.js';
import { admitsPerson, holdsProse, textKind } from './text-kind.js';

describe('textKind: a place only where the field speaks of one', () => {
  it.each([
    [
      field('access_notes', 'text', {
        label: 'Entry instructions',
        description: 'Buzzer code, concierge, lockbox or where a key is left',
      }),
      'generic',
    ],
    [field('parking', 'text', { label: 'Parking notes', description: 'Where the team can park' }), 'generic'],
    [field('stay', 'text', { label: 'Where are you staying?' }), 'location'],
    [field('location', 'text', { description: 'City where the restaurant is located' }), 'location'],
    [field('city_of_event', 'text', { description: 'City where event is happening' }), 'location'],
    [field('to_location', 'text', { description: 'City where bus is going to' }), 'destination'],
    [
      field('previous_dentist', 'text', {
        label: 'Previous dentist',
        extraction_hints: ["a practice name, a dentist's name or a town"],
      }),
      'location',
    ],
  ])('%#', (f, kind) => expect(textKind(f)).toBe(kind));
});

describe('textKind: a prose field holds no count or amount', () => {
  const petDetails = (max: number) =>
    field('pet_details', 'text', {
      label: 'Pet details',
      description: 'What kind of pet, how many, and anything the landlord should know',
      validation: { max_length: max },
    });
  it.each([
    [petDetails(300), 'category'],
    // guards: a short text field or one named for its count still counts
    [petDetails(60), 'count'],
    [field('number_of_nights', 'text', { validation: { max_length: 40 } }), 'count'],
    [field('budget_note', 'text', { label: 'Budget', validation: { max_length: 100 } }), 'amount'],
  ])('%#', (f, kind) => expect(textKind(f)).toBe(kind));
});

describe('admitsPerson', () => {
  it.each([
    [field('previous_dentist', 'text', { label: 'Previous dentist' }), true],
    [field('gp', 'text', { label: 'Family doctor' }), true],
    [
      field('referrer', 'text', {
        label: 'Who referred you',
        extraction_hints: ["your physiotherapist's name"],
      }),
      true,
    ],
    [field('full_name', 'text'), true],
    [field('location', 'text', { description: 'City where the restaurant is located' }), false],
    [field('city', 'text', { description: 'Area where user wants to search for a therapist' }), false],
    [field('access_notes', 'text', { label: 'Entry instructions' }), false],
    [field('talk_title', 'text', { label: 'Talk title' }), false],
  ])('%#', (f, yes) => expect(admitsPerson(f)).toBe(yes));
});

describe('holdsProse: a long one-line field, unless its name or label names a proper name', () => {
  const long = { validation: { max_length: 300 } };
  it.each([
    [field('access_notes', 'text', { label: 'Entry instructions', ...long }), true],
    [field('dietary_needs', 'text', { label: 'Dietary needs', ...long }), true],
    [field('previous_volunteering', 'text', { label: 'Where did you volunteer?', ...long }), true],
    [field('venue', 'text', { label: 'Venue and town', ...long }), false],
    [field('hometown', 'text', { label: 'Town or city', ...long }), false],
    [field('employer', 'text', { label: 'Company', ...long }), false],
    [field('talk_title', 'text', { label: 'Talk title', ...long }), false],
    [field('access_notes', 'text', { label: 'Entry instructions', validation: { max_length: 120 } }), false],
  ])('%#', (f, prose) => expect(holdsProse(f)).toBe(prose));
});
