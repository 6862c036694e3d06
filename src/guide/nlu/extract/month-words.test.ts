import { describe, expect, it } from 'vitest';
import { misspeltMonth, withMonthWords } from './month-words.js';

describe('withMonthWords', () => {
  it.each([
    ['start of febuary', 'the 1st of february'],
    ['from 1 feb, my lease runs out end of jan', 'from 1 february, my lease runs out end of jan'],
    ['from the 3rd of sept.', 'from the 3rd of september'],
    ['beginning of next month', 'the 1st of next month'],
    ['the start of March', 'the 1st of March'],
    ['around 12 Janurary', 'around 12 january'],
    // guards: a short month without a day, "may", other words and a start of no month stay
    ['end of jan', 'end of jan'],
    ['the 4 may be fine', 'the 4 may be fine'],
    ['I remember the octopus at 3 marsh lane', 'I remember the octopus at 3 marsh lane'],
    ['start of the tenancy', 'start of the tenancy'],
  ])('%s → %s', (said, read) => expect(withMonthWords(said)).toBe(read));
});

describe('misspeltMonth', () => {
  it.each([
    ['febuary', 'february'],
    ['Feburary', 'february'],
    ['decmber', 'december'],
    ['septmber', 'september'],
    ['february', null],
    ['remember', null],
    ['novelist', null],
    ['decent', null],
  ])('%s → %s', (word, month) => expect(misspeltMonth(word)).toBe(month));
});
