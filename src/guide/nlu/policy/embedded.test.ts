import { describe, expect, it } from 'vitest';
import { field } from '../extract/test-helpers.js';
import { insideDescription, standsApart } from './embedded.js';

describe('standsApart', () => {
  it.each<[string, string, boolean]>([
    ['Toothache, it started on Monday and hurts when I chew', 'toothache', true],
    ['toothache, it started on Monday and hurts when I chew', 'on Monday', false],
    ["It's a check-up, I haven't been in two years", 'check-up', true],
    ['I have lost a filling from a lower molar. It is sensitive to cold.', 'lost filling', false],
    ["I'd like whitening because my teeth are stained from coffee", 'whitening', false],
    ['Deep clean. Focus on the kitchen and the bathrooms please', 'Deep clean', true],
    ['The app crashes on Tuesday mornings when the sync runs', 'Tuesday', false],
    ['next Tuesday works', 'next Tuesday', true],
    ['ada@example.com, and the rest is in the notes', 'ada@example.com', true],
    ['anything', '', false],
  ])('%s / %s → %s', (utterance, span, apart) => expect(standsApart(utterance, span)).toBe(apart));
});

describe('insideDescription', () => {
  const date = field('call_date', 'date');
  const email = field('email', 'email');
  it.each<[string, string, ReturnType<typeof field>, boolean]>([
    ['a retrospective on what wed do diffrently next time', 'wed', date, true],
    ['Saturday. The oven needs a deep clean', 'Saturday', date, false],
    ['the bug shows up every Tuesday when the sync runs', 'Tuesday', date, true],
    ['for the call Tuesday is best, the talk covers CRDTs', 'Tuesday', date, false],
    ['write to me at ada@example.com if the steps are unclear', 'ada@example.com', email, false],
  ])('%s / %s → %s', (utterance, span, f, inside) =>
    expect(insideDescription(utterance, span, f)).toBe(inside),
  );
});
