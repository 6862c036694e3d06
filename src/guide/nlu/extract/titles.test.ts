import { describe, expect, it } from 'vitest';
import { clauseStop, isAbbreviation, isTitle, withoutTitles } from './titles.js';

describe('titles', () => {
  it.each(['Dr.', 'Dr', 'Mrs', 'Ms.', 'Prof.', 'Sgt.', 'St.', 'e.g.', 'approx.'])(
    '%s is an abbreviation',
    (w) => expect(isAbbreviation(w)).toBe(true),
  );
  it.each(['Street.', 'Chambers.', 'Dublin', 'ok.', '4.'])('%s is no abbreviation', (w) =>
    expect(isAbbreviation(w)).toBe(false),
  );
  it.each(['Dr', 'Dr.', 'Mr.', 'Mrs', 'Ms', 'Prof.', 'Sir', 'Capt.'])('%s is a title', (w) =>
    expect(isTitle(w)).toBe(true),
  );
  it.each(['St.', 'Harold', 'dr', 'Street'])('%s is no title', (w) => expect(isTitle(w)).toBe(false));

  it.each([
    ['Dr. Harold Chambers', 'Harold Chambers'],
    ['Dr Harold Chambers', 'Harold Chambers'],
    ['Mrs Alves', 'Alves'],
    ['Prof. Ann Lee', 'Ann Lee'],
    ['Harold Chambers', 'Harold Chambers'],
    ['Dr', 'Dr'],
    ['Drew Barry', 'Drew Barry'],
  ])('withoutTitles(%j) → %j', (name, out) => expect(withoutTitles(name)).toBe(out));

  it.each([
    ['Dr. Harold Chambers. My email', 19],
    ['Harold Chambers. next', 15],
    ['St. Mary. ok', 8],
    ['no stop here', -1],
    ['ends with Dr.', 12],
  ])('clauseStop(%j) → %d', (text, at) => expect(clauseStop(text)).toBe(at));
});
