import { describe, expect, it } from 'vitest';
import { saidAddress } from './street-address.js';

const region = (p: string) => /^(?:ontario|nova scotia|alberta|québec)$/i.test(p);

describe('saidAddress: the street, the place after it and its town', () => {
  it.each<[string, [string, string, string] | null]>([
    ['48 Lakeshore Rd E, Oakville, Ontario', ['48 Lakeshore Rd E', 'Oakville, Ontario', 'Oakville']],
    ['455 Ellice Ave Winnipeg MB', ['455 Ellice Ave', 'Winnipeg MB', 'Winnipeg']],
    ['the place is 12 Cove Road, Chester, Nova Scotia', ['12 Cove Road', 'Chester, Nova Scotia', 'Chester']],
    ['16 Water St, Charlottetown PEI', ['16 Water St', 'Charlottetown PEI', 'Charlottetown']],
    ['2231 Marine Dr, North Vancouver BC', ['2231 Marine Dr', 'North Vancouver BC', 'North Vancouver']],
    ['1140 rue Saint-Laurent, Lévis, Québec', ['1140 rue Saint-Laurent', 'Lévis, Québec', 'Lévis']],
    ['RR 2 Site 5 Box 14, Olds, Alberta', ['RR 2 Site 5 Box 14', 'Olds, Alberta', 'Olds']],
    ['305 Avenue J South, Saskatoon', ['305 Avenue J South', 'Saskatoon', 'Saskatoon']],
    ["27 Signal Hill Rd, St. John's, NL", ['27 Signal Hill Rd', "St. John's, NL", "St. John's"]],
    ['5012 49th St, Yellowknife, NWT', ['5012 49th St', 'Yellowknife, NWT', 'Yellowknife']],
    ['48 Lakeshore Rd E Oakville Ontario', ['48 Lakeshore Rd E', 'Oakville Ontario', 'Oakville']],
    ['Unit 3/22 Beach Rd, Coogee 2034', ['Unit 3/22 Beach Rd', 'Coogee 2034', 'Coogee']],
    // guards: no place after the street, a description after it, no street at all, numbers that are no street
    ['88 Sorauren Ave', null],
    ['22 Beach Rd, near the shops', null],
    ['Glebe 2037', null],
    ['I have 3 kids and 2 dogs', null],
    ['we live at 14 Elm Street in Cambridge', null],
    ['about 15 years old, the roof', null],
    ["we have 2 kids at St Mary's, Toronto", null],
  ])('%s → %j', (u, expected) => {
    const said = saidAddress(u, region);
    expect(said ? [said.street, said.place, said.town] : null).toEqual(expected);
  });
});
