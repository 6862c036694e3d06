import { describe, expect, it } from 'vitest';
import { extractAll } from './index.js';
import { matchSingleOption } from './options.js';
import { ctx, field } from './test-helpers.js';

/**
 * Packages whose labels describe what they hold: the words of a description ("ceremony", "couple portraits",
 * "the evening party") tell an option apart only when no other option's label or other field has them.
 */
const coverage = field('coverage', 'single_select', {
  opts: [
    [
      'essentials',
      'Essentials — 4 hours (ceremony, family groups, couple portraits)',
      '4 hours',
      'essentials',
    ],
    ['classic', 'Classic — 6 hours (ceremony to speeches)', '6 hours', 'classic'],
    ['full-day', 'Full day — 8 hours (getting ready to first dance)', '8 hours', 'full day'],
    ['evening', 'Full day & evening — 10 hours (getting ready to the evening party)', '10 hours'],
  ],
});
const styles = field('styles', 'multi_select', {
  opts: [
    ['candid', 'Candid / documentary'],
    ['groups', 'Posed family groups', 'family groups'],
    ['portraits', 'Couple portraits'],
    ['drone', 'Drone aerials', 'drone'],
  ],
});
const heard = field('heard_from', 'single_select', {
  opts: [
    ['venue', 'Venue recommendation', 'the venue', 'venue recommended'],
    ['google', 'Google search', 'google'],
  ],
});
const wedding = [
  field('wedding_date', 'date'),
  field('ceremony_time', 'time'),
  field('venue', 'text', { label: 'Venue and town' }),
  coverage,
  styles,
  heard,
];
const said = (u: string) => Object.fromEntries(extractAll(u, wedding, ctx).map((c) => [c.field, c.value]));

describe('unasked, the words of an option description choose no option', () => {
  it.each<[string, string | undefined]>([
    ["Saturday the 18th of May 2019, ceremony's at half one", undefined],
    ['oh wait, the ceremony is actually at 6pm', undefined],
    ['mostly candid and couple portraits', undefined],
    ['July the 10th 2019 at 11am', undefined],
    // guards: the option's name, its synonym or its hours still choose it
    ['classic package with couple portraits', 'classic'],
    ['the full day please', 'full-day'],
    ['6 hours is good', 'classic'],
  ])('%s → coverage %s', (u, value) => expect(said(u).coverage).toBe(value));

  it('a phrase another field names as its option goes to that field', () =>
    expect(said('candid, family groups and couple portraits')).toEqual({
      styles: ['candid', 'groups', 'portraits'],
    }));
});

describe("unasked, an option said only by another field's label words is that field's", () => {
  it.each<[string, string | undefined]>([
    ['Venue is Sheraton Park, Leicester', undefined],
    ["no drone, the venue won't allow it", undefined],
    // guards: a longer phrase of the option, or a word of no field, still chooses it
    ['the venue recommended you', 'venue'],
    ['found you on google', 'google'],
  ])('%s → heard_from %s', (u, value) => expect(said(u).heard_from).toBe(value));
});

describe('asked, a description word several options share is a tie', () => {
  it.each<[string, string | null]>([
    ['family groups', 'essentials'],
    ['four hours', 'essentials'],
    ['up to the evening party', 'evening'],
  ])('%s → %s', (u, value) => expect(matchSingleOption(u, coverage)?.option.value ?? null).toBe(value));

  it('"ceremony" is in two labels: it chooses neither with confidence', () => {
    const m = matchSingleOption('the ceremony one', coverage);
    expect(m === null || m.confidence < 0.85).toBe(true);
  });
});
