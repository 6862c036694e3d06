import { describe, expect, it } from 'vitest';
import { ctx, field } from './test-helpers.js';
import { abbreviatedOption } from './abbreviated-option.js';
import { extractForField } from './for-field.js';
import { optionPhrases } from './options.js';

const contract = field('contract', 'single_select', {
  opts: [
    ['permanent', 'Permanent'],
    ['temporary', 'Temporary', 'temp'],
    ['contractor', 'Contractor', 'freelance'],
  ],
});
const seat = field('seat', 'single_select', {
  opts: [
    ['window', 'Window seat'],
    ['aisle', 'Aisle seat'],
    ['middle', 'Middle seat'],
  ],
});
const pick = (utterance: string, f: typeof contract = contract) =>
  abbreviatedOption(utterance, f.options!, optionPhrases)?.option.value;

describe('an option clipped or written without vowels', () => {
  it.each([
    ['perm', 'permanent'],
    ['prmnt', 'permanent'],
    ['contr', 'contractor'],
    ['frlnc', 'contractor'],
    ['tmpry please', 'temporary'],
  ])('%s → %s', (utterance, value) => expect(pick(utterance)).toBe(value));

  it.each([
    // a real English word is no abbreviation ("wind" is no "window seat")
    ['wind', seat],
    // too short to tell
    ['pe', contract],
    // letters of no option, or of two
    ['xyz', contract],
    ['ok', seat],
  ])('%s → nothing', (utterance, f) => expect(pick(utterance, f)).toBeUndefined());

  it('reads a clipped seat too', () => expect(pick('mddl', seat)).toBe('middle'));

  it('answers the asked field after the other readings fail', () => {
    expect(extractForField('wndw', seat, ctx)?.value).toBe('window');
    expect(extractForField('permanent', contract, ctx)?.extractor).toBe('verbatim-option');
  });
});
