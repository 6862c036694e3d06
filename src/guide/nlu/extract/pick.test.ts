import { describe, expect, it } from 'vitest';
import { cueScore, cueWindow } from './pick.js';
import { field } from './test-helpers.js';

function window(utterance: string, value: string, cuesPrecede = false): string {
  const { before, after } = cueWindow(utterance, utterance.indexOf(value), value.length, cuesPrecede);
  return `${before.trim()}|${after.trim()}`;
}

describe('cueWindow: the words of the value’s own clause', () => {
  it.each<[string, string, boolean, string]>([
    ['check in on May 3 and check out on May 9', 'May 3', false, 'check in on|'],
    ['check in on May 3 and check out on May 9', 'May 9', false, 'check out on|'],
    ['arrive May 3 leave May 9', 'May 3', true, 'arrive|'],
    ['arrive May 3 leave May 9', 'May 9', true, 'leave|'],
    ['arrive May 3 leave May 9', 'May 3', false, 'arrive|leave May 9'],
    ['we start on the 4th. the end is later', 'the 4th', false, 'we start on|'],
  ])('%s (%s, precede %s) → %s', (u, v, precede, expected) => expect(window(u, v, precede)).toBe(expected));
});

describe('cueScore', () => {
  const start = field('arrival_date', 'date', { label: 'Arrival', extraction_hints: ['e.g. Friday June 4'] });
  const end = field('departure_date', 'date', {
    label: 'Departure',
    extraction_hints: ['e.g. Sunday June 6'],
  });
  const score = (u: string, v: string, f: typeof start) => cueScore(u, u.indexOf(v), v.length, f, true);
  it.each<[string, string, typeof start, number]>([
    ['arrival on June 4, departure June 6', 'June 4', start, 1],
    ['arrival on June 4 and departure June 6', 'June 4', end, 0],
    ['arrival June 4 departure June 6', 'June 6', end, 1],
    ['arrival June 4 departure June 6', 'June 6', start, 0],
    // the example values of a hint are no cue words
    ['sometime Sunday June 6', 'June 6', end, 0],
  ])('%s: %s for %s → %s', (u, v, f, expected) => expect(score(u, v, f)).toBe(expected));
});
