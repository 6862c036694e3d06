import { describe, expect, it } from 'vitest';
import { everyOptionBut } from './all-but.js';

const values = ['tea', 'coffee', 'juice', 'water'];
const named = (t: string) => values.filter((v) => v === t);

describe('everyOptionBut', () => {
  it.each([
    ['everything except the juice', ['tea', 'coffee', 'water']],
    ["let's do everything except the juice", ['tea', 'coffee', 'water']],
    ['all of them but coffee', ['tea', 'juice', 'water']],
    ['all but tea and juice', ['coffee', 'water']],
    ['every drink apart from the water', ['tea', 'coffee', 'juice']],
    ["i'll take all the drinks other than tea, coffee", ['juice', 'water']],
    ['all of them, except for water', ['tea', 'coffee', 'juice']],
    [
      'everything but not the tea',
      ['coffee', 'water', 'juice'].sort((a, b) => values.indexOf(a) - values.indexOf(b)),
    ],
  ])('%j → %j', (bare, expected) => {
    expect(everyOptionBut(bare, values, named)).toEqual(expected);
  });

  it.each([
    ['everything'],
    ['all of them'],
    ['tea and coffee'],
    ['everything except the milk'],
    ['all but the tea, coffee, juice and water'],
    ['everything but tea is overrated'],
    ['all good except i forgot the juice'],
  ])('%j is no all-but answer', (bare) => {
    expect(everyOptionBut(bare, values, named)).toBeNull();
  });
});
