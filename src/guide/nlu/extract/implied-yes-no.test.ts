import { describe, expect, it } from 'vitest';
import { impliedYesNo } from './implied-yes-no.js';

describe('yes/no said without a yes or no up front', () => {
  it.each([
    ['We have house with three bedroom. No animals.', false],
    ['2 bed condo, no pets', false],
    ['its a house, yes a fenced yard', true],
    ['just the one, at a local meetup last year', true],
    ['a few times, mostly meetups', true],
    ['twice', true],
    ['maybe 3 times at work', true],
    ['spoken at 12 meetups, many times', true],
    ['never done one', false],
    ['not yet, this would be my first time', false],
    ["it'd be my first time", false],
    ["I haven't spoken anywhere yet", false],
    // holding the thing asked about, named by a pronoun
    ["I have one, it's good until 5/31/2028", true],
    ["I've got it with me", true],
    ['we do have them', true],
  ])('%s → %s', (u, v) => expect(impliedYesNo(u)).toBe(v));

  it.each([
    'We have house with three bedroom',
    'just the one question: is there parking?',
    'the first one',
    'morning works best',
    'one',
    'I have a question first',
    'I have to check with my wife',
    'we have house',
  ])('%s → nothing', (u) => expect(impliedYesNo(u)).toBeNull());
});
