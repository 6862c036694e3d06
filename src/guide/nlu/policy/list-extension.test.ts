import { describe, expect, it } from 'vitest';
import { extendsList, repeatsPart } from './list-extension.js';

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

describe('repeatsPart', () => {
  it.each([
    [['oven', 'mould'], ['oven'], true],
    [['a', 'b', 'c'], ['c', 'a'], true],
    // guards: the same list, a new item, no earlier list, an empty value
    [['oven', 'mould'], ['mould', 'oven'], false],
    [['oven'], ['oven', 'mould'], false],
    [['oven', 'mould'], ['oven', 'pests'], false],
    [undefined, ['oven'], false],
    [['oven'], [], false],
  ])('%j then %j → %s', (earlier, value, expected) => {
    expect(repeatsPart(earlier, value)).toBe(expected);
  });
});
