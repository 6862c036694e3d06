import { describe, expect, it } from 'vitest';
import { extractForField } from './for-field.js';
import { field } from './test-helpers.js';
import { withoutUnhurried } from './unhurried.js';

const ctx = { referenceDate: new Date('2026-12-07T12:00:00Z'), defaultRegion: 'US' };
const ev = field('ev_charger', 'single_select', {
  label: 'EV charger',
  options: [
    { value: 'yes', label: 'Yes', synonyms: [] },
    { value: 'no', label: 'No', synonyms: [] },
    { value: 'maybe', label: 'Maybe later', synonyms: [] },
  ],
});
const battery = field('battery', 'boolean', { label: 'Add a home battery?' });
const urgent = field('urgent', 'boolean', { label: 'Is it urgent?' });
const timeline = field('timeline', 'single_select', {
  label: 'When would you like to start?',
  options: [
    { value: 'asap', label: 'As soon as possible', synonyms: [] },
    { value: 'later', label: 'No rush', synonyms: [] },
  ],
});

describe('withoutUnhurried: "no rush" is about time, no "no" to other questions', () => {
  it.each<[string, string]>([
    ['no rush honestly', 'honestly'],
    ["we're not in a hurry, maybe later", "we're , maybe later"],
    ['no pressure at all', ''],
    ['not urgent', ''],
    // guards: a no said apart, and no unhurried words at all
    ['no, no rush', 'no,'],
    ['no thanks', 'no thanks'],
  ])('%s → "%s"', (said, left) => expect(withoutUnhurried(said, ev)).toBe(left));

  it('keeps the words for a field about urgency or timing (guard)', () => {
    expect(withoutUnhurried('no rush', urgent)).toBe('no rush');
    expect(withoutUnhurried('no rush', timeline)).toBe('no rush');
  });
});

describe('extractForField with unhurried words', () => {
  const fields = { ev, battery, urgent };
  it.each<[string, keyof typeof fields, unknown]>([
    ['no rush honestly', 'ev', null],
    ['no rush', 'battery', null],
    ["we're not in a hurry, maybe later", 'ev', 'maybe'],
    // guards: an explicit no, and a question about urgency
    ['no, no rush', 'ev', 'no'],
    ['nah, no rush', 'battery', false],
    ['no rush at all', 'urgent', false],
  ])('%s (%s) → %s', (said, name, value) =>
    expect(extractForField(said, fields[name], ctx)?.value ?? null).toBe(value),
  );
});
