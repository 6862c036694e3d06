import { describe, expect, it } from 'vitest';
import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from './types.js';
import { field } from './test-helpers.js';
import { topicWordAnswers } from './topic-word-answer.js';

const photos = field('photo_consent', 'boolean', { label: 'Photo consent' });
const care = field('extended_care', 'boolean', { label: 'Extended care' });
const battery = field('battery_storage', 'boolean', { label: 'Interested in battery storage' });
const owner = field('homeowner', 'boolean', {
  label: 'I own this property',
  extraction_hints: ['yes if they own it, no if they rent or lease it'],
});
const lastName = field('child_last_name', 'text', { label: "Camper's last name" });
const careNotes = field('care_notes', 'textarea', { label: 'Care notes' });

function run(said: string, fields: Field[]): Array<[string, unknown]> {
  const out: Candidate[] = [];
  topicWordAnswers(said, fields, out);
  return out.map((c) => [c.field, c.value]);
}

describe('topicWordAnswers: a yes/no answered out of turn by one word of its topic', () => {
  const camp = [lastName, care, photos];
  it.each<[string, Field[], Array<[string, unknown]>]>([
    ['sure, photos are fine', camp, [['photo_consent', true]]],
    ['YM, photos ok, nobody else picks him up', camp, [['photo_consent', true]]],
    ['no pictures please', camp, [['photo_consent', false]]],
    ['yes we need the after care, I work til 5', camp, [['extended_care', true]]],
    ["Yes, I'd like the after-care", camp, [['extended_care', true]]],
    ['yes to a battery, the storms knock the power out', [battery], [['battery_storage', true]]],
    ["hi, I'm renting a semi in Toronto", [owner], [['homeowner', false]]],
    ['yes we own it, it is a detached two-storey', [owner, battery], [['homeowner', true]]],
    // guards: no yes or no with the word, a question, a word another field also names
    ['the battery died last week', [battery], []],
    ['do you do batteries?', [battery], []],
    ['yes, the after care', [care, careNotes], []],
    ['sure', camp, []],
  ])('%s → %j', (said, fields, expected) => expect(run(said, fields)).toEqual(expected));
});
