import { describe, expect, it } from 'vitest';
import { extendsList } from './list-extension.js';

describe('extendsList', () => {
  it.each([
    [['jazz'], ['jazz', 'blues'], true],
    [[], ['tea'], true],
    [['red', 'blue'], ['blue', 'green', 'red'], true],
    [['jazz'], ['jazz'], false],
    [['jazz', 'blues'], ['blues', 'rock'], false],
    [['jazz'], ['rock'], false],
    ['jazz', ['jazz', 'rock'], false],
    [['jazz'], 'rock', false],
    [undefined, ['rock'], false],
  ])('%j then %j → %s', (earlier, value, expected) => {
    expect(extendsList(earlier, value)).toBe(expected);
  });
});
