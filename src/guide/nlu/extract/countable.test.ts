import { describe, expect, it } from 'vitest';
import { countableMentions, saysAge, withoutAges } from './countable.js';

describe('countableMentions', () => {
  it.each<[string, number[]]>([
    ['608-555-0175', []],
    ['call 415 555 0100, we have 3 dogs', [3]],
    ['the third one', []],
    ['this one', []],
    ['just one sofa', [1]],
    ['one or two', [1, 2]],
    ['between 10 and 20', [10, 20]],
    ['$1,000 - $3,000', [1000, 3000]],
    // a part picked out of a group counts nothing asked
    ['one of our members is cooking', []],
    ['two of the kids are vegetarian', []],
    ['three of them need a ramp, 40 in all', [40]],
    ['there will be four of us', [4]],
    // "one" standing for the thing asked, said not to be there
    ["honestly we haven't picked one yet", []],
    ["I don't have one", []],
    ['never owned one, to be fair', []],
    ["we're yet to set one", []],
    // a bound on a count is still a count
    ['not more than one', [1]],
    ['not even one', [1]],
    ['no, just one', [1]],
    // an hour of the clock counts nothing
    ['make it half eleven', []],
    ['quarter past 4 if you can', []],
    ['a quarter to six', []],
    ['10 to 20 guests', [10, 20]],
    ["about 9 o'clock, 3 of us", [3]],
    ['half a dozen', [6]],
    ['two and a half', [2.5]],
  ])('%s → %s', (u, expected) => {
    expect(countableMentions(u).map((n) => n.value)).toEqual(expected);
  });
});

describe('ages', () => {
  // each age blanked out, the rest as said
  it.each<[string, string]>([
    ['our daughter who is four years old', 'four years old'],
    ['a 3-year-old cockapoo', '3-year-old'],
    ['aged 7, she is', '7'],
    // guards: a length of time and a count are no age
    ['for 4 years', ''],
    ['3 kids', ''],
  ])('%s → %j blanked', (u, age) =>
    expect(withoutAges(u)).toBe(age ? u.replace(age, ' '.repeat(age.length)) : u),
  );
  it('an age said is one', () => expect(saysAge('he is 9 yrs old', { index: 6, span: '9' })).toBe(true));
});
