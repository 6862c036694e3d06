import { describe, expect, it } from 'vitest';
import { field } from '../extract/test-helpers.js';
import { yesCountAnswer } from './yes-count.js';

describe('yesCountAnswer', () => {
  const talks = field('talk_count', 'number', {
    label: 'About how many talks have you given?',
    validation: { min: 1, max: 500 },
  });
  const projects = field('project_count', 'number', { label: 'How many projects?' });
  const pets = field('pet_count', 'number', { label: 'Number of pets' });
  it.each<[ReturnType<typeof field>, string, number | null]>([
    [talks, 'Yes, 10 or so.', 10],
    [talks, 'yeah heaps, maybe twenty five', 25],
    [talks, 'ya once at a meetup', 1],
    [talks, 'just the one, at a local meetup last year', 1],
    [talks, 'yes, about a dozen', 12],
    [projects, 'yes, we did 3 projects with you', 3],
    [projects, 'we have, twice', 2],
    [pets, 'yes, 2', 2],
    // no count said: ask for it
    [talks, 'yes, many times', null],
    [talks, 'yes', null],
    // a date or a time is no count
    [talks, 'yes, the last one was on 12 March 2026', null],
    [talks, 'yes, at 6pm usually', null],
    [projects, 'yes, once we finished the kitchen', null],
  ])('%s: %j → %s', (f, words, value) => expect(yesCountAnswer(words, f)?.value ?? null).toBe(value));
});
