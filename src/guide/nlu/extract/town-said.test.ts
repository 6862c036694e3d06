import { describe, expect, it } from 'vitest';
import { placeWithTown, townSaid } from './town-said.js';

describe('townSaid', () => {
  it.each([
    ['12/9 about 3 in the afternoon, Naperville IL, on Ogden Ave by the Jewel', 'Naperville, IL'],
    ['Peachtree Corners Apartments, 4100 Holcomb Bridge Rd, Norcross GA', 'Norcross, GA'],
    ['The Target on Sawmill Rd in Dublin, Ohio', 'Dublin, Ohio'],
    ['at the Wells Fargo on Glenwood Ave in Raleigh', 'Raleigh'],
    ['in the Northgate mall parking lot in Seattle', 'Seattle'],
    ['hwy 29 just east of wausau wisconsin', 'wausau, wisconsin'],
    ['2215 W Camelback Rd, Phoenix AZ', 'Phoenix, AZ'],
    ['dec 11 2026, 7:50am, Flamingo Rd and Maryland Pkwy, Las Vegas', 'Las Vegas'],
  ])('%s → %s', (said, town) => expect(townSaid(said)).toBe(town));
  it.each([
    // guards: a region alone, a pronoun before a code, no place at all
    ['we moved here from Ohio'],
    ["It's OK, nothing broke"],
    ['at the light on Main St'],
    ['the car is at my house'],
    ['I live on Elm St, Unit 4'],
  ])('none in %s', (said) => expect(townSaid(said)).toBeNull());
});

describe('placeWithTown', () => {
  it.each([
    [
      'Wells Fargo on Glenwood Ave',
      'at the Wells Fargo on Glenwood Ave in Raleigh',
      'Wells Fargo on Glenwood Ave, Raleigh',
    ],
    ['Ogden Ave', 'Naperville IL, on Ogden Ave by the Jewel', 'Ogden Ave, Naperville, IL'],
    [
      '4100 Holcomb Bridge Rd',
      'Apartments, 4100 Holcomb Bridge Rd, Norcross GA',
      '4100 Holcomb Bridge Rd, Norcross, GA',
    ],
  ])('%s in %s → %s', (value, said, whole) => expect(placeWithTown(value, said)).toBe(whole));
  it.each([
    // guards: the value is the town, or already holds it, or no town is said
    ['Raleigh', 'we were in Raleigh'],
    ['Dublin, Ohio', 'The Target on Sawmill Rd in Dublin, Ohio'],
    ['Main St', 'at the light on Main St'],
  ])('%s in %s stays', (value, said) => expect(placeWithTown(value, said)).toBeNull());
});
