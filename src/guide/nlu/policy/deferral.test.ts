import { describe, expect, it } from 'vitest';
import { defaultNlu } from '../nlu.js';
import { field } from '../extract/test-helpers.js';
import { isDeferral } from './deferral.js';
import { freeTextAnswer } from './free-text.js';

const ctx = { referenceDate: new Date(2026, 11, 1, 12), defaultRegion: 'US' };

describe('isDeferral', () => {
  it.each([
    'ok, I upload the menu after',
    "sure thing, we'll add the photos later on",
    'I can send the floor plan tomorrow.',
    'hmm, i will think about it another time',
    'we are going to sort the logo out afterwards',
  ])('%j puts something off', (u) => expect(isDeferral(u)).toBe(true));

  it.each([
    "I'll be home after 3pm", // a note with a time
    'a cartoon fox in a hoodie',
    'the cleaners can come later', // not the speaker
    'I want it to look like a wise owl',
    'when the kids are asleep, I can take a call later?', // a question
    'we moved in last year and the oven is filthy, we might do it later', // a long clause first
  ])('%j does not', (u) => expect(isDeferral(u)).toBe(false));
});

describe('freeTextAnswer: a deferral answers no free-text field', () => {
  const avatar = field('avatar_prompt', 'textarea', { label: 'Avatar description' });
  const notes = field('notes', 'textarea', { label: 'Anything we should know' });
  it.each([
    ['ok, I upload the menu after', avatar],
    ["great, I'll do that part later", notes],
  ])('%j → nothing', (u, f) => expect(freeTextAnswer(defaultNlu, u, f, [], [avatar, notes], ctx)).toBeNull());

  it('a note with a time is kept', () =>
    expect(
      freeTextAnswer(defaultNlu, "I'll be home after 3pm, knock twice", notes, [], [avatar, notes], ctx)
        ?.value,
    ).toContain('after 3pm'));
});
