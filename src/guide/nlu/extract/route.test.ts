import { describe, expect, it } from 'vitest';
import { ctx, field } from './test-helpers.js';
import { extractAll } from './all.js';
import { extractForField } from './for-field.js';
import { findRoute, namedRouteEnd, routeAnswer, routePair, routeRole } from './route.js';

const moving = [
  field('origin', 'text', { label: 'Moving from' }),
  field('destination', 'text', { label: 'Moving to' }),
  field('contact_name', 'text', { label: 'Your name' }),
];
const rental = [
  field('pickup_location', 'text', { label: 'Pick-up location' }),
  field('dropoff_location', 'text', { label: 'Drop-off location' }),
  field('pickup_date', 'date'),
];
const addresses = [
  field('current_address', 'text', { label: 'Current address' }),
  field('new_address', 'text', { label: 'New address' }),
];

describe('routeRole / routePair', () => {
  it.each<[string, ReturnType<typeof routeRole>[]]>([
    ['moving', ['start', 'end', null]],
    ['rental', ['start', 'end', null]],
    ['addresses', ['start', 'end']],
  ])('%s', (name, roles) => {
    const fields = { moving, rental, addresses }[name]!;
    expect(fields.map(routeRole)).toEqual(roles);
    expect(routePair(fields)).not.toBeNull();
  });

  it('reads the role from the name and label, not the description', () => {
    const id = field('member_id', 'text', { label: 'Member ID', description: 'The number from the card' });
    expect(routeRole(id)).toBeNull();
    expect(routeRole(field('from_location', 'text'))).toBe('start');
    expect(routeRole(field('to_location', 'text'))).toBe('end');
    expect(routeRole(field('recipient_name', 'text', { label: 'Send to' }))).toBeNull();
  });

  it('needs exactly one start and one end place', () => {
    expect(routePair([moving[0]!, moving[2]!])).toBeNull();
    expect(routePair([field('from_city', 'text'), field('origin', 'text'), moving[1]!])).toBeNull();
  });
});

describe('findRoute', () => {
  it.each<[string, boolean, [string, string] | null]>([
    ["Hi! We're moving from Austin, TX to Denver, CO", false, ['Austin, TX', 'Denver, CO']],
    ['Moving from Seattle to Portland, Oregon', false, ['Seattle', 'Portland, Oregon']],
    ['from Madison WI to Minneapolis', false, ['Madison WI', 'Minneapolis']],
    [
      'from 14 Elm Street, Cambridge MA to 220 Harbor Rd, Portland ME',
      false,
      ['14 Elm Street, Cambridge MA', '220 Harbor Rd, Portland ME'],
    ],
    ['moving from Boston MA to Raleigh NC on Oct 3rd, 3 bedroom house', false, ['Boston MA', 'Raleigh NC']],
    ['pick it up from the airport to downtown', false, ['airport', 'downtown']],
    ['Chicago to Milwaukee, budget is about four thousand dollars', true, ['Chicago', 'Milwaukee']],
    ['Denver to Salt Lake City', true, ['Denver', 'Salt Lake City']],
    ['Sacramento -> Reno', false, ['Sacramento', 'Reno']],
    ['Lyon → Geneva', false, ['Lyon', 'Geneva']],
    ['Chicago to Milwaukee', false, null],
    ['I want to go to Paris', true, null],
    ["I'd like to change it to Bob", true, null],
    ['from 9 to 5', false, null],
    ['a table from 7 to 9 pm', false, null],
    ['from Monday to Friday', false, null],
    ['from march 3 to march 5', false, null],
  ])('%s (bare: %s) → %j', (utterance, bare, expected) => {
    const r = findRoute(utterance, bare);
    expect(r && [r.from, r.to]).toEqual(expected);
  });
});

describe('route candidates', () => {
  it('extractAll fills both places of "from X to Y"', () => {
    const got = extractAll('we are moving from Austin, TX to Denver, CO next month', moving, ctx);
    expect(got.filter((c) => c.extractor === 'route').map((c) => [c.field, c.value])).toEqual([
      ['origin', 'Austin, TX'],
      ['destination', 'Denver, CO'],
    ]);
  });

  it("a place of the route is no other text field's value", () => {
    const got = extractAll('moving from Boston MA to Raleigh NC on Oct 3rd', moving, ctx);
    expect(got.map((c) => c.field)).toEqual(['origin', 'destination']);
  });

  it('routeAnswer reads a bare "X to Y" only when a place of the pair was asked', () => {
    expect(routeAnswer('LA to Austin', [moving[0]!], moving).map((c) => c.value)).toEqual(['LA', 'Austin']);
    expect(routeAnswer('LA to Austin', [moving[2]!], moving)).toEqual([]);
    expect(routeAnswer('Heathrow to Gatwick', [rental[1]!], rental).map((c) => c.field)).toEqual([
      'pickup_location',
      'dropoff_location',
    ]);
  });
});

describe('namedRouteEnd', () => {
  it.each<[string, [string, string] | null]>([
    ['hmm, actually the new address is 22 Harbor Rd, not 220', ['end', '22 Harbor Rd']],
    ['change the pick-up location to Gatwick', ['start', 'Gatwick']],
    ['my current address is 5 Oak St, Boston MA', ['start', '5 Oak St, Boston MA']],
    ['the new one is blue', null],
    ['the new place has stairs', null],
  ])('%s → %j', (utterance, expected) => {
    const r = namedRouteEnd(utterance);
    expect(r && [r.role, r.value]).toEqual(expected);
  });

  it('extractAll gives the named end, not a name field', () => {
    const got = extractAll('actually the new address is 22 Harbor Rd, not 220', moving, ctx);
    expect(got.map((c) => [c.field, c.value])).toEqual([['destination', '22 Harbor Rd']]);
  });
});

describe('a place field answered with something else', () => {
  it.each<[string, unknown]>([
    ['4', null],
    ['2br', null],
    ['Reno', 'Reno'],
    ['to 220 Harbor Rd', '220 Harbor Rd'],
  ])('%s → %j', (utterance, expected) => {
    expect(extractForField(utterance, moving[1]!, ctx)?.value ?? null).toEqual(expected);
  });

  it('a name field still takes what it is given', () => {
    expect(extractForField('Ada', moving[2]!, ctx)?.value).toBe('Ada');
  });
});
