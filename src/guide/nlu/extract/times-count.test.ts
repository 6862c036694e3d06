import { describe, expect, it } from 'vitest';
import { timesCount } from './times-count.js';

describe('timesCount', () => {
  it.each<[string, number | null]>([
    ['only once', 1],
    ['ya once at a meetup', 1],
    ['just once, last year', 1],
    ['twice', 2],
    ['I did it twice at work', 2],
    ['thrice', 3],
    ['just the one, at a local meetup last year', 1],
    ['only the one', 1],
    ['just one', 1],
    // not a count
    ['once I finish the slides', null],
    ['once the kids are asleep', null],
    ['the one with the red door', null],
    ['just the one with the blue cover', null],
    ['many times', null],
    ['yes', null],
  ])('%j → %s', (utterance, value) => expect(timesCount(utterance)?.value ?? null).toBe(value));
});
