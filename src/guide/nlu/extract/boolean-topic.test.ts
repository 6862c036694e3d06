import { describe, expect, it } from 'vitest';
import { booleanMentions } from './boolean-topic.js';
import type { Candidate } from './types.js';
import { field } from './test-helpers.js';

const yesNo: Array<[string, string]> = [
  ['True', 'True'],
  ['False', 'False'],
];
const fields = [
  field('pets_allowed', 'single_select', { opts: yesNo }),
  field('has_wifi', 'single_select', { opts: yesNo }),
  field('good_for_kids', 'single_select', { opts: yesNo }),
  field('free_entry', 'single_select', { opts: yesNo }),
  field('has_seating_outdoors', 'single_select', { opts: yesNo }),
  field('parking', 'boolean'),
];

function read(utterance: string): Record<string, unknown> {
  const out: Candidate[] = [];
  booleanMentions(utterance, fields, out);
  return Object.fromEntries(out.map((c) => [c.field, c.value]));
}

describe('booleanMentions', () => {
  it.each([
    // statements and requests that ask for the attribute
    ['we travel with our two dogs so it has to take pets', { pets_allowed: 'True' }],
    ['could you look for a hotel with internet?', { has_wifi: 'True' }],
    ['Any chance you can find somewhere with wi-fi?', { has_wifi: 'True' }],
    ['something the children would enjoy', { good_for_kids: 'True' }],
    ['what is there to do for free around here? we are broke', { free_entry: 'True' }],
    ['a table with outdoor seating would be lovely', { has_seating_outdoors: 'True' }],
    ['no need for parking, we will take the train', { parking: false }],
    ["we don't want outdoor seating, it is cold", { has_seating_outdoors: 'False' }],
  ])('%s', (utterance, expected) => {
    expect(read(utterance)).toEqual(expected);
  });

  it.each([
    // questions about the attribute inform nothing
    'Is the place pet friendly.',
    'does it have wifi?',
    'what about parking there',
    'tell me whether they have seating outdoors',
    'Please find out whether they have outdoor seating.',
    'Please tell me the phone number, and the pet policy of the apartment.',
    'can you check if the hotel has wifi',
    // a word that merely starts like the topic is not the topic
    'somewhere near Petaluma please',
    'feel free to pick any day',
  ])('%s → nothing', (utterance) => {
    expect(read(utterance)).toEqual({});
  });
});

describe('booleanMentions of a topic of several words', () => {
  const own = [field('has_fenced_yard', 'boolean'), field('needs_sponsorship', 'boolean')];
  const readOwn = (utterance: string) => {
    const out: Candidate[] = [];
    booleanMentions(utterance, own, out);
    return Object.fromEntries(out.map((c) => [c.field, c.value]));
  };
  it.each([
    ['the yard is fenced all the way round', { has_fenced_yard: true }],
    ['nope, no yard, it is an apartment', { has_fenced_yard: false }],
    ["there's a small courtyard but no fence", { has_fenced_yard: false }],
    ["the front is open, so it's not fully fenced", { has_fenced_yard: false }],
    ['we have a yard', {}],
    ["my green card came through, so I won't need sponsorship after all", { needs_sponsorship: false }],
    ["I don't need sponsorship", { needs_sponsorship: false }],
    ["yes, I'll need sponsorship", { needs_sponsorship: true }],
  ])('%s', (utterance, expected) => expect(readOwn(utterance)).toEqual(expected));
});

describe('booleanMentions: a yes/no topic taken off', () => {
  const own = [field('parking', 'boolean'), field('rubbish_removal', 'boolean'), field('wifi', 'boolean')];
  const readOwn = (utterance: string) => {
    const out: Candidate[] = [];
    booleanMentions(utterance, own, out);
    return Object.fromEntries(out.map((c) => [c.field, c.value]));
  };
  it.each([
    ['oh, scratch the parking, we are getting a cab', { parking: false }],
    ['can you drop parking from it', { parking: false }],
    ['Forget about the wifi, we have our own', { wifi: false }],
    ["let's ditch the wifi", { wifi: false }],
    ['get rid of the parking please', { parking: false }],
    // the verb is the topic itself: removal asked for, not taken off
    ['we need you to remove the rubbish', { rubbish_removal: true }],
    // a removal verb on something else leaves the topic's answer alone
    ['drop us off near the parking', { parking: true }],
    ['yes to parking, but cancel my earlier note', { parking: true }],
  ])('%s', (utterance, expected) => expect(readOwn(utterance)).toEqual(expected));
});

describe('booleanMentions of a topic named by its head word', () => {
  const own = [
    field('driving_licence', 'boolean', { label: 'Driving licence' }),
    field('food_handler_card', 'boolean', { label: 'Food handler card' }),
    field('work_authorized', 'boolean', { label: 'Authorized to work in the US' }),
    field('has_fenced_yard', 'boolean'),
    field('second_shooter', 'boolean'),
  ];
  const readOwn = (utterance: string) => {
    const out: Candidate[] = [];
    booleanMentions(utterance, own, out);
    return Object.fromEntries(out.map((c) => [c.field, c.value]));
  };
  it.each([
    ["I've got a licence", { driving_licence: true }],
    ["I don't have a licence yet", { driving_licence: false }],
    ["I don't have a driving licence", { driving_licence: false }],
    ['no food card', { food_handler_card: false }],
    ["yes I'm authorized", { work_authorized: true }],
    ["I'm not authorized to work here", { work_authorized: false }],
    // the whole topic said in another clause wins over its head
    ['so my card is expired. put no for the food handler card', { food_handler_card: false }],
    // guards: the head with another kind word, or a head whose other words say more than its kind
    ['I have a green card', {}],
    ['we have a yard', {}],
    ['we want a shooter who knows the venue', {}],
    ['the card reader was broken', {}],
    ['they are authorized dealers', {}],
  ])('%s → %j', (utterance, expected) => expect(readOwn(utterance)).toEqual(expected));
});

describe('booleanMentions of a topic put with an indefinite pronoun, said by a common synonym', () => {
  const claim = [field('anyone_injured', 'boolean'), field('police_report', 'boolean')];
  function readClaim(utterance: string): Record<string, unknown> {
    const out: Candidate[] = [];
    booleanMentions(utterance, claim, out);
    return Object.fromEntries(out.map((c) => [c.field, c.value]));
  }
  it.each([
    ['nobody hurt, no police report', { anyone_injured: false, police_report: false }],
    ['my wife was with me, she hurt her wrist', { anyone_injured: true }],
    ['no injuries', { anyone_injured: false }],
    ['no cops came, so no report', { police_report: false }],
  ])('%s', (utterance, expected) => expect(readClaim(utterance)).toEqual(expected));
  // guards: the pronoun alone is no topic; a question names nothing
  it.each(['anyone can come', 'was anyone hurt?'])('%s → nothing', (utterance) =>
    expect(readClaim(utterance)).toEqual({}),
  );
});
