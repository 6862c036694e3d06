import { describe, expect, it } from 'vitest';
import { kindNamed } from './kind-named.js';

describe('kindNamed', () => {
  it.each([
    ['my two year old lab Moose', 'Moose', 'lab'],
    ['it is for our beagle Rosie, she is 6', 'Rosie', 'beagle'],
    ['a cat named Biscuit who is 4', 'Biscuit', 'cat'],
    ["she's a 3yo husky called Luna", 'Luna', 'husky'],
    ["it's our old tabby Mittens, she's 12", 'Mittens', 'tabby'],
    ['we are bringing our golden retriever Bailey next week', 'Bailey', 'retriever'],
    ['Our parrot Kiwi talks a lot', 'Kiwi', 'parrot'],
    ['my colleague Ada Lovelace will come along', 'Ada Lovelace', 'colleague'],
    ['hi, this is for my hamster Peanut.', 'Peanut', 'hamster'],
  ])('%s → %s (%s)', (u, name, kind) => {
    const hit = kindNamed(u);
    expect(hit?.name).toBe(name);
    expect(hit?.kind).toBe(kind);
    expect(u.slice(hit!.index, hit!.index + hit!.span.length)).toBe(hit!.span);
  });

  it.each([
    'book the main hall on Monday',
    'a table at Nopa for Friday',
    'our trip to Rome in June',
    'my flight to Denver',
    'Rosie',
    'the second one please',
    'we need the room until Sunday',
    'my dog is called max',
    'I think the Grand Hotel is nice',
    'a meeting in March',
  ])('no kind-named name in "%s"', (u) => expect(kindNamed(u)).toBeNull());
});
