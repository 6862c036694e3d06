import { describe, expect, it } from 'vitest';
import { spansOverlap, withoutSpans } from './spans.js';

describe('withoutSpans', () => {
  it.each<[string, string[], string]>([
    ['My name is Ada Lovelace, ada@example.com', ['ada@example.com'], 'My name is Ada Lovelace'],
    ['ada@example.com, Ada Lovelace', ['ada@example.com'], 'Ada Lovelace'],
    ['Ann Lee, and my email is ann@x.io', ['ann@x.io'], 'Ann Lee'],
    [
      "I'm Ada Lovelace and my email is ada@example.com, phone 415 555 0100",
      ['ada@example.com', '415 555 0100'],
      "I'm Ada Lovelace",
    ],
    ['Analytical Engines, about 10k', ['10k'], 'Analytical Engines'],
    ['Dinner at Nopa on March 3', ['March 3'], 'Dinner at Nopa'],
    ['Ada, you can reach me at ada@x.io', ['ada@x.io'], 'Ada, you can'],
    ['Ada Lovelace', ['bob@x.io'], 'Ada Lovelace'],
    ['Keiko Tanaka / keiko@me.com / 646 555 0155', ['keiko@me.com', '646 555 0155'], 'Keiko Tanaka'],
    ['keiko@me.com | Keiko Tanaka', ['keiko@me.com'], 'Keiko Tanaka'],
    ['see x.com/a, Ada', ['Ada'], 'see x.com/a'],
    // a clitic joined to a removed value goes with it; one joined to a word kept stays
    ["interim'll do", ['interim'], 'do'],
    ["Nissan Qashqai, the interim's fine", ['interim'], 'Nissan Qashqai fine'],
    ["Ada's car, interim", ['interim'], "Ada's car"],
  ])('%s − %j → %s', (utterance, spans, expected) => {
    expect(withoutSpans(utterance, spans)).toBe(expected);
  });

  it('removes the lead-in words of the field named', () => {
    expect(withoutSpans('Acme, and the budget is 10k', ['10k'], ['budget'])).toBe('Acme');
  });
});

describe('spansOverlap', () => {
  it.each<[string | undefined, string | undefined, boolean]>([
    ['Ada Lovelace', 'Ada', true],
    ['Ada', 'ada lovelace', true],
    ['Ada', 'Bob', false],
    ["it's a one-bedroom condo", 'one bedroom', true],
    ['three-bedroom', 'three bedroom', true],
    [undefined, 'Bob', false],
    ['', '', false],
    ['ten … twelve thousand', 'we said roughly ten or twelve thousand', true],
    ['ten … twelve thousand', 'Harbour Lights Cafe', false],
    // a number is no part of a longer number: "1" (a year of experience) and "17/hr" (the pay)
    ['1', '17/hr', false],
    ['2019', '19', false],
    ['$21/hr', '21', true],
    ['1 year', '1', true],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(spansOverlap(a, b)).toBe(expected);
  });
});
