import { describe, expect, it } from 'vitest';
import { extractAll } from './index.js';
import { matchSingleOption } from './options.js';
import { referralSentence, relationOption } from './relation-option.js';
import { ctx, field } from './test-helpers.js';

const heard = field('heard_from', 'single_select', {
  opts: [
    ['instagram', 'Instagram', 'insta'],
    ['google', 'Google search'],
    ['venue', 'Venue recommendation', 'the venue', 'venue recommended'],
    ['friend', 'Friend or family', 'a friend', 'word of mouth'],
    ['fair', 'Wedding fair'],
    ['other', 'Other'],
  ],
});
/** Friends and family apart: a relation chooses its own kind. */
const apart = field('referrer', 'single_select', {
  opts: [
    ['family', 'Family member'],
    ['friend', 'A friend'],
    ['ad', 'Advert'],
  ],
});

describe('a relation chooses the option of its kind, asked', () => {
  it.each<[string, typeof heard, string]>([
    ['heard from my cousin whose wedding you shot last year', heard, 'friend'],
    ['My sister recommended you', heard, 'friend'],
    ['a mate', heard, 'friend'],
    ['through friends', heard, 'friend'],
    ['my mum saw your stall', heard, 'friend'],
    ['my sister', apart, 'family'],
    ['my best mate', apart, 'friend'],
    ['a pal from work', apart, 'friend'],
  ])('%s → %s', (u, f, value) => expect(matchSingleOption(u, f)?.option.value).toBe(value));

  it.each<[string, typeof heard]>([
    // guards: no relation, or relations of two kinds among options that tell them apart
    ['saw you online', apart],
    ['my sister and a friend', apart],
    ['the venue recommended you', heard],
  ])('%s → no relation option', (u, f) => expect(relationOption(u, f.options!)).toBeNull());
});

describe('unasked, a relation chooses only in a referral', () => {
  const fields = [heard, field('notes', 'textarea'), field('emergency_name', 'text')];
  const said = (u: string) =>
    Object.fromEntries(extractAll(u, fields, ctx).map((c) => [c.field, c.value])).heard_from;
  it.each<[string, string | undefined]>([
    ['My sister recommended you. Please note we have a ceremony in the morning', 'friend'],
    ['3.5 to 5k, heard from a mate, no notes', 'friend'],
    ['found you through my cousin', 'friend'],
    ['a friend told us about you', 'friend'],
    // guards: a relation said for something else
    ['my sister Amy Hargreaves is my emergency contact', undefined],
    ['a few posed family groups for my nan', undefined],
    ['my dad is walking me down the aisle', undefined],
  ])('%s → %s', (u, value) => expect(said(u)).toBe(value));

  it.each<[string, boolean]>([
    ['my sister recommended you', true],
    ['we heard about you via a friend', true],
    ['my brother will be there. we found you on google', false],
  ])('referralSentence: %s → %s', (u, found) => expect(referralSentence(u) !== null).toBe(found));
});
