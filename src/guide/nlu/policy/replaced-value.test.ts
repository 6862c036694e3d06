import { describe, expect, it } from 'vitest';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { ctx, field } from '../extract/test-helpers.js';
import { extractForField } from '../extract/index.js';
import { outsideRefusal, replacedValue } from './replaced-value.js';

const fields = [
  field('full_name', 'text', { label: 'Full name' }),
  field('email', 'email'),
  field('organisation', 'text', { label: 'Organisation' }),
  field('city', 'text'),
  field('start_date', 'date', { label: 'Drop-off date' }),
  field('end_date', 'date', { label: 'Pick-up date' }),
];
const snapshot = {
  fields: [
    { name: 'full_name', answered: true, value: 'Ana Sousa' },
    { name: 'email', answered: true, value: 'ana@old.example' },
    { name: 'organisation', answered: true, value: 'Blue Finch Lab' },
    { name: 'city', answered: false },
    { name: 'start_date', answered: true, value: '2027-04-16' },
    { name: 'end_date', answered: true, value: '2027-04-20' },
  ],
} as unknown as RunSnapshot;
const reread = (text: string, f: (typeof fields)[number], referenceDate?: Date) =>
  extractForField(text, f, referenceDate ? { ...ctx, referenceDate } : ctx);

describe('replacedValue', () => {
  it.each([
    ["it's Blue Finch Labs, not Blue Finch Lab", 'organisation', 'Blue Finch Labs'],
    ['no, it should be Ana Souza, not Ana Sousa. the rest is fine', 'full_name', 'Ana Souza'],
    ['Ana Souza instead of Ana Sousa please', 'full_name', 'Ana Souza'],
    ['not Blue Finch Lab but Redwing Studio', 'organisation', 'Redwing Studio'],
    ['use ana@new.example rather than ana@old.example', 'email', 'ana@new.example'],
    ['collection is Wednesday the 21st, not the 20th', 'end_date', '2027-04-21'],
    ['the 15th, not the 16th', 'start_date', '2027-04-15'],
    ['April 22 instead of April 20', 'end_date', '2027-04-22'],
    // one word of the value refused and replaced
    ['the surname is Souza not Sousa btw', 'full_name', 'Ana Souza'],
    ["oh and it's Anna, not Ana", 'full_name', 'Anna Sousa'],
    ["not Sousa but Souza, it's Brazilian", 'full_name', 'Ana Souza'],
    ['spelled Sowza with a w, not Sousa', 'full_name', 'Ana Sowza'],
    ['Blue Finch Labs, sorry, Finches not Finch', 'organisation', 'Blue Finches Lab'],
    // the refused value said first inside the new words
    ['oh and sorry, it is Blue Finch Lab West not Blue Finch Lab', 'organisation', 'Blue Finch Lab West'],
    ['also, Ana Sousa Lima rather than Ana Sousa', 'full_name', 'Ana Sousa Lima'],
    ['Blue Finch Lab Two, not Blue Finch Lab, sorry', 'organisation', 'Blue Finch Lab Two'],
  ])('%s → %s = %s', (utterance, name, value) =>
    expect(replacedValue(utterance, fields, snapshot, ctx, reread)).toMatchObject({ field: name, value }),
  );

  it.each([
    'Blue Finch Lab is right',
    'not Paris', // no answered value refused
    "it's Blue Finch Lab, not something else",
    'Blue Finch Lab, not Blue Finch Lab',
    'the 21st, not the 19th', // no answered date refused
    'Sousa, not Souza', // the refused word is no part of the value
    "it's Sousa with an s, not Souza",
    'the city is Lisbon, not Sousa', // the new words are the same word again? no: another field's talk
    'it is not Sousa', // no new word before the refusal
    'Blue Finch Lab West is where I work, not Blue Finch', // the refused words are no answered value
    'Blue Finch Lab and not much else',
  ])('no replacement in "%s"', (utterance) =>
    expect(replacedValue(utterance, fields, snapshot, ctx, reread)).toBeNull(),
  );
});

describe('outsideRefusal', () => {
  it.each([
    ['a fox in a green hoodie. Oh and the name is Rusty, not Rust', 'a fox in a green hoodie.'],
    ['Make it Ana Souza instead of Ana Sousa! Also I prefer mornings.', 'Also I prefer mornings.'],
    ['no allergies. the company is Redwing rather than Redwing Studio. thanks', 'no allergies. thanks'],
    ["it's Blue Finch Labs, not Blue Finch Lab", ''],
    // negative: nothing refused, the utterance stays whole
    ['a fox in a green hoodie with round glasses', 'a fox in a green hoodie with round glasses'],
  ])('%j → %j', (u, want) => expect(outsideRefusal(u)).toBe(want));
});

describe('replacedValue — an answered number refused', () => {
  const counted = [
    field('guest_count', 'number', { label: 'Number of guests' }),
    field('bedrooms', 'number', { label: 'Bedrooms' }),
    field('full_name', 'text', { label: 'Full name' }),
  ];
  const answered = {
    fields: [
      { name: 'guest_count', answered: true, value: 60 },
      { name: 'bedrooms', answered: true, value: 3 },
      { name: 'full_name', answered: true, value: 'Ana Sousa' },
    ],
  } as unknown as RunSnapshot;
  const read = (text: string, f: (typeof counted)[number]) => extractForField(text, f, ctx);

  it.each([
    ["one change: we'll be seventy-five, not sixty", 'guest_count', 75],
    ['75 rather than 60 please', 'guest_count', 75],
    ['make it 80 people instead of 60 people', 'guest_count', 80],
    ["it's four, not three", 'bedrooms', 4],
    ['not 3 but 2', 'bedrooms', 2],
  ])('%s → %s = %s', (utterance, name, value) =>
    expect(replacedValue(utterance, counted, answered, ctx, read)).toMatchObject({ field: name, value }),
  );

  it.each([
    "we'll be seventy-five, not fifty", // the refused number is no answered value
    'seventy-five, not sixty or so of the guests we invited last year', // more than a number refused
    'sixty is right, not more', // no new number
    'not sixty',
  ])('no replacement in "%s"', (utterance) =>
    expect(replacedValue(utterance, counted, answered, ctx, read)).toBeNull(),
  );
});
