import { describe, expect, it } from 'vitest';
import { defaultNlu } from '../nlu.js';
import { ctx, field } from '../extract/test-helpers.js';
import { extractAnswer } from './answers.js';
import { saysOnlyOption } from './option-only.js';

const access = field('access_notes', 'textarea', { label: 'Parking and access notes' });
const referral = field('referral_source', 'single_select', {
  label: 'How did you hear about us?',
  opts: [
    ['search', 'Google or another search', 'google', 'googled', 'search'],
    ['flyer', 'A flyer in the letterbox', 'flyer', 'letterbox', 'leaflet'],
  ],
});
const fields = [access, referral];
const read = (text: string) =>
  Object.fromEntries(extractAnswer(defaultNlu, text, [access], fields, ctx).map((c) => [c.field, c.value]));

describe("saysOnlyOption: a line naming only another field's option is no optional note", () => {
  it.each<[string, Record<string, unknown>]>([
    ['google', { referral_source: 'search' }],
    ['letterbox flyer', { referral_source: 'flyer' }],
    ['google, thanks', { referral_source: 'search' }],
    // guard: words beside the option make it a note
    [
      'buzz unit 7, google maps gets the address wrong',
      { access_notes: 'buzz unit 7, google maps gets the address wrong' },
    ],
  ])('asked the access note, %s → %j', (text, expected) => expect(read(text)).toEqual(expected));

  it.each<[string, string, boolean]>([
    ['google', 'google', true],
    ['letterbox flyer', 'letterbox', true],
    ['leave the flyer by the door', 'flyer', false],
  ])('%s (option words %s) → %s', (text, span, expected) =>
    expect(
      saysOnlyOption(
        {
          field: 'referral_source',
          value: span === 'google' ? 'search' : 'flyer',
          span,
          confidence: 0.9,
          extractor: 'verbatim-option',
        },
        text,
        fields,
      ),
    ).toBe(expected),
  );

  it('a required note keeps the line', () => {
    const required = { ...access, required: true };
    const got = extractAnswer(defaultNlu, 'letterbox flyer', [required], [required, referral], ctx);
    expect(got.find((c) => c.field === 'access_notes')?.value).toBe('letterbox flyer');
  });
});
