import { describe, expect, it } from 'vitest';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { field } from '../extract/test-helpers.js';
import { defaultNlu } from '../nlu.js';
import { answersElsewhere, openElsewhere } from './open-elsewhere.js';

const fields = [
  field('town', 'text'),
  field('plan', 'single_select', {
    opts: [
      ['basic', 'Basic'],
      ['premium', 'Premium'],
    ],
  }),
  field('guests', 'number'),
  field('arrival', 'date'),
  field('birthday', 'date'),
  field('pets', 'boolean'),
  field('remarks', 'textarea'),
];
const view = (name: string, step: string, answered = false) => ({
  name,
  step_id: step,
  required: true,
  answered,
});
const snapshot = (answered: string[] = []) =>
  ({
    fields: [
      view('town', 'place', answered.includes('town')),
      view('plan', 'place', answered.includes('plan')),
      view('guests', 'stay', answered.includes('guests')),
      view('arrival', 'stay', answered.includes('arrival')),
      view('pets', 'extras', answered.includes('pets')),
      view('remarks', 'extras', answered.includes('remarks')),
    ],
  }) as unknown as RunSnapshot;
const ask = (name: string) => fields.filter((f) => f.name === name);
const ctx = { referenceDate: new Date('2026-12-06T12:00:00Z'), defaultRegion: 'US' };
const read = (utterance: string, answered: string[] = []) =>
  Object.fromEntries(
    answersElsewhere(
      defaultNlu,
      utterance,
      openElsewhere(snapshot(answered), ask('town'), fields),
      ctx,
      fields,
      'Holiday cottage booking',
    ).map((c) => [c.field, c.value]),
  );

describe('openElsewhere', () => {
  it('lists the typed open fields of the asked step and later steps, not free text nor answered ones', () =>
    expect(openElsewhere(snapshot(['guests']), ask('town'), fields).map((f) => f.name)).toEqual([
      'plan',
      'arrival',
      'pets',
    ]));
  it('is empty for several asked fields', () =>
    expect(openElsewhere(snapshot(), [...ask('town'), ...ask('plan')], fields)).toEqual([]));
});

describe('answersElsewhere: words that fit another open field', () => {
  it.each<[string, Record<string, unknown>]>([
    ['premium, the big one', { plan: 'premium' }],
    ['premium for sure', { plan: 'premium' }],
    ['yeah the dog comes with us', { pets: true }],
    ['probably not, the cats stay with my sister', { pets: false }],
    ['nope, no pets this time', { pets: false }],
    ['there will be 4 guests', { guests: 4 }],
    ['we arrive on the 20th of December', { arrival: '2026-12-20' }],
  ])('%s', (utterance, expected) => expect(read(utterance)).toEqual(expected));
  // "now" is the moment of speaking: it dates no field read as if asked
  it.each([
    "Auburn. oh sorry, I moved last month, it's Lidcombe now",
    "no, I'll skip the extras for now",
    'right now I live in Leeds',
  ])('%s → no arrival', (utterance) => expect(read(utterance)).not.toHaveProperty('arrival'));
  it.each([
    // a bare yes acknowledges the asked question, it answers no other
    'yes',
    'ok',
    // a question asks, it does not answer
    'is premium more expensive?',
    // chatter with a day in it: the same words fit two date fields
    'the rain has not stopped since Thursday',
    // a no said with no word of the yes/no's own
    'probably not, they stay with my sister',
  ])('%s → nothing', (utterance) => {
    const withBirthday = snapshot();
    withBirthday.fields.push({ ...view('birthday', 'stay') } as never);
    const others = openElsewhere(withBirthday, ask('town'), fields);
    expect(answersElsewhere(defaultNlu, utterance, others, ctx, fields, 'Holiday cottage booking')).toEqual(
      [],
    );
  });
});

/** A job form: a yes/no about work rights, told apart from the form's other fields and its subject. */
const jobFields = [
  field('town', 'text'),
  field('work_rights', 'boolean', {
    label: 'Full right to work in Australia',
    description: 'Yes for Australian citizens and permanent residents; no if you work on a visa',
  }),
  field('notes', 'textarea', { description: 'Anything about the café or the shifts you want' }),
];
const jobSnapshot = {
  fields: [view('town', 'you'), view('work_rights', 'rights'), view('notes', 'rights')],
} as unknown as RunSnapshot;
const readJob = (utterance: string) =>
  Object.fromEntries(
    answersElsewhere(
      defaultNlu,
      utterance,
      openElsewhere(jobSnapshot, jobFields.slice(0, 1), jobFields),
      ctx,
      jobFields,
      'Job application at our café',
    ).map((c) => [c.field, c.value]),
  );

describe('answersElsewhere: a yes or no answers an unasked yes/no only by its own words', () => {
  it.each<[string, Record<string, unknown>]>([
    ['yes, I have full work rights', { work_rights: true }],
    ["yeah I'm an Australian citizen", { work_rights: true }],
    ['nah, not a permanent resident yet', { work_rights: false }],
  ])('%s', (utterance, expected) => expect(readJob(utterance)).toEqual(expected));
  it.each([
    // a yes said to something else: an acknowledgement, a choice, a step passed
    'sounds good, I already own black shoes',
    "ok yeah that one, I've run shifts at Gloria Jean's",
    "OK, that's fine, understood.",
    'then no, skip it',
    // a word the form's subject or another field shares names no yes/no
    'yes, the café is close to home',
    'yes happy to do more shifts',
  ])('%s → nothing', (utterance) => expect(readJob(utterance)).toEqual({}));
});
