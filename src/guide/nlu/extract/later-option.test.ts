import { describe, expect, it } from 'vitest';
import { matchSingleOption } from './options.js';
import { saidForLater } from './later-option.js';
import { field } from './test-helpers.js';

const frequency = field('frequency', 'single_select', {
  label: 'How often',
  opts: [
    ['one-off', 'One-off', 'once', 'just once'],
    ['weekly', 'Weekly'],
    ['fortnightly', 'Fortnightly'],
    ['monthly', 'Monthly'],
  ],
});
const chosen = (u: string) => {
  const m = matchSingleOption(u, frequency);
  return m && m.confidence >= 0.6 ? m.option.value : null;
};

describe('an option said as a possibility for later', () => {
  it.each<[string, string | null]>([
    ['just a one-off for now, might go monthly in the new year', 'one-off'],
    ['weekly to start, maybe fortnightly later on', 'weekly'],
    ['we could go monthly down the track, but fortnightly for now', 'fortnightly'],
    // guards: a hedge with no later time stays undecided; a later option alone is still the answer
    ['weekly, or maybe fortnightly', null],
    ['maybe monthly later', 'monthly'],
  ])('%s → %s', (u, expected) => expect(chosen(u)).toBe(expected));

  it.each<[string, string, boolean]>([
    ['a one-off for now, might go monthly in the new year', 'monthly', true],
    ['a one-off for now, might go monthly in the new year', 'one-off', false],
    ['monthly in the new year', 'monthly', false],
  ])('%s at %s → %s', (text, word, expected) =>
    expect(saidForLater(text, text.indexOf(word))).toBe(expected),
  );
});

describe('a verb particle is no option word', () => {
  it.each<[string, string | null]>([
    ['actually leave the carpets off, we will hire a machine', null],
    // guard: the option said whole still chooses
    ['one off', 'one-off'],
  ])('%s → %s', (u, expected) =>
    expect(matchSingleOption(u, frequency)?.option.value ?? null).toBe(expected),
  );
});
