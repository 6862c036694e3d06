import { describe, expect, it } from 'vitest';
import { defaultNlu } from '../nlu.js';
import { ctx, field } from '../extract/test-helpers.js';
import { extractAnswer } from './answers.js';

const pets = field('pets', 'boolean', { label: 'Pets at home', description: 'Whether there are pets' });
const petDetails = field('pet_details', 'text', {
  label: 'What pets',
  conditions: { show_if: { '==': [{ var: 'pets' }, true] } },
});
const access = field('access_notes', 'textarea', {
  label: 'Parking and access notes',
  description: 'Parking, building access, keys, lockbox or alarm codes',
});
const alarm = field('alarm', 'boolean', { label: 'Alarm fitted' });
const fields = [pets, access, alarm];
const details = (b: typeof pets) => (b.name === 'pets' ? [petDetails] : []);

const read = (text: string, asked = [pets, access]) =>
  Object.fromEntries(
    extractAnswer(defaultNlu, text, asked, fields, ctx, details).map((c) => [c.field, c.value]),
  );

describe("withoutYesNoClauses: a note asked with a yes/no leaves out the yes/no's words", () => {
  it.each<[string, Record<string, unknown>]>([
    ['no animal', { pets: false }],
    ['yes, a rabbit', { pets: true }],
    ['yep, one old border collie, very chill', { pets: true }],
    ['nope, street parking is fine', { pets: false, access_notes: 'street parking is fine' }],
    ['no pets, park in the driveway', { pets: false, access_notes: 'park in the driveway' }],
    ['yes two cats, the gate code is 1234', { pets: true, access_notes: 'the gate code is 1234' }],
    // guard: a note with no yes/no in it is kept whole
    [
      'visitor parking on level B1, buzz unit 7 at the front door',
      { access_notes: 'visitor parking on level B1, buzz unit 7 at the front door' },
    ],
  ])('%s → %j', (text, expected) => expect(read(text)).toEqual(expected));

  it('a yes that shows no details of its own cuts only its own clause', () =>
    expect(read('yes, there is one by the door, key in the lockbox', [alarm, access])).toEqual({
      alarm: true,
      access_notes: 'there is one by the door, key in the lockbox',
    }));
});
