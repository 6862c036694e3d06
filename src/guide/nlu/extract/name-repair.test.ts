import { describe, expect, it } from 'vitest';
import { repairedName } from './name-repair.js';

describe('repairedName', () => {
  it.each([
    ['Grace Lamb', ', sorry, Lam, no b', 'Grace Lam'],
    ['Tom Ashby', ', I mean Tom Ashdown', 'Tom Ashdown'],
    ['Jo', ' — sorry, Joanna', 'Joanna'],
    ['Piotr Nowak', ' no wait, Nowicki', 'Piotr Nowicki'],
    // no repair follows
    ['Grace Lam', ', you can email me', 'Grace Lam'],
    ['Grace Lam', '. Sorry, I meant to say', 'Grace Lam'],
    ['Tom Ashby', ', sorry for the typos', 'Tom Ashby'],
    ['Tom Ashby', '', 'Tom Ashby'],
  ])('%s%s → %s', (name, after, want) => expect(repairedName(name, after)).toBe(want));
});
