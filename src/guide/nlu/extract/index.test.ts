import { describe, expect, it } from 'vitest';
import { extractAll, extractForField } from './index.js';
import { ctx, field } from './test-helpers.js';

describe('extractForField', () => {
  it.each([
    [field('email', 'email'), 'sure, john dot smith at example dot com', 'john.smith@example.com'],
    [field('phone', 'phone'), 'call me on 415 555 0123', '+14155550123'],
    [
      field('phone', 'phone', { settings: { default_region: 'GB' } }),
      'my number is 0207 946 0958',
      '+442079460958',
    ],
    [field('website', 'url'), 'acme.io', 'acme.io'],
    [field('team_size', 'number'), 'a dozen', 12],
    [field('stars', 'rating'), 'I give it four out of five', 4],
    [field('visit', 'date'), 'next Friday', '2019-03-08'],
    // the exact day said beside a stretch named by a day is the one chosen; the stretch's day alone stays
    [field('visit', 'date'), 'in town the week of March 11th, could we do Thursday the 14th?', '2019-03-14'],
    [field('visit', 'date'), 'any day the week of March 11th', '2019-03-11'],
    [field('alarm', 'time'), 'half past 3 in the afternoon', '15:30'],
    [field('meeting', 'datetime'), 'tomorrow at 7pm', '2019-03-02T19:00'],
    [field('agree', 'boolean'), 'of course', true],
    [field('brand_color', 'color'), 'dark blue I think', 'dark blue'],
    [field('brand_color', 'color'), 'use #12A4ff', '#12a4ff'],
    [field('company', 'text'), 'I work at Globex', 'Globex'],
    [field('transfer_amount', 'text'), 'Please transfer 1,800 bucks.', '1800'],
    [field('bio', 'textarea'), "well, I'd like it to be short and sweet", 'short and sweet'],
    [
      field('pets', 'multi_select', {
        opts: [
          ['cat', 'Cat'],
          ['dog', 'Dog'],
        ],
      }),
      'both',
      ['cat', 'dog'],
    ],
  ])('%#: %s', (f, u, v) => expect(extractForField(u as string, f, ctx)?.value).toEqual(v));
  it('file uploads are never extracted', () =>
    expect(extractForField('here it is', field('cv', 'file_upload'), ctx)).toBeNull());
});

const restaurant = [
  field('restaurant_name', 'text', { description: 'Name of the restaurant' }),
  field('date', 'date'),
  field('time', 'time'),
  field('has_seating_outdoors', 'single_select', {
    description: 'Whether the restaurant has outdoor seating available',
    opts: [
      ['True', 'True'],
      ['False', 'False'],
    ],
  }),
  field('number_of_seats', 'single_select', {
    opts: [
      ['1', '1'],
      ['2', '2'],
      ['3', '3'],
    ],
  }),
  field('price_range', 'single_select', {
    opts: [
      ['cheap', 'cheap'],
      ['moderate', 'moderate'],
      ['pricey', 'pricey'],
    ],
  }),
  field('location', 'text', { description: 'City where the restaurant is located' }),
  field('address', 'text'),
  field('email', 'email'),
];
const flights = [
  field('origin_city', 'text'),
  field('destination_city', 'text'),
  field('departure_date', 'date'),
  field('return_date', 'date'),
  field('flight_class', 'single_select', {
    opts: [
      ['Economy', 'Economy'],
      ['Premium Economy', 'Premium Economy'],
    ],
  }),
  field('number_checked_bags', 'single_select', {
    opts: [
      ['0', '0'],
      ['1', '1'],
      ['2', '2'],
    ],
  }),
];

const values = (cs: ReturnType<typeof extractAll>) => Object.fromEntries(cs.map((c) => [c.field, c.value]));

/** A music search whose year is a select of years (SGD Music_1). */
const music = [
  field('year', 'single_select', {
    opts: ['2010', '2011', '2012', '2013', '2014', '2015', '2016'].map((y): [string, string] => [y, y]),
  }),
];

describe('extractAll', () => {
  it.each([
    [
      'Please look in Livermore for 3 people at 7 in the evening on Wednesday next week.',
      restaurant,
      { location: 'Livermore', number_of_seats: '3', time: '19:00', date: '2019-03-06' },
    ],
    [
      'Something moderate with outdoor seating, mail me at a@b.io',
      restaurant,
      { price_range: 'moderate', has_seating_outdoors: 'True', email: 'a@b.io' },
    ],
    [
      'I am leaving from Phoenix and going to Las Vegas on the 12th. I have 0 checked bags.',
      flights,
      {
        origin_city: 'Phoenix',
        destination_city: 'Las Vegas',
        departure_date: '2019-03-12',
        number_checked_bags: '0',
      },
    ],
    [
      'I would like seats in premium economy, returning on March 9th',
      flights,
      { flight_class: 'Premium Economy', return_date: '2019-03-09' },
    ],
    ['Any songs by Halsey from 2015?', music, { year: '2015' }],
    ["something from '15 would work", music, { year: '2015' }],
    ['play 15 songs from the nineties', music, {}],
    ['Do they have outdoor seating?', restaurant, {}],
    ['Thanks, that is all.', restaurant, {}],
  ])('%s', (u, fs, expected) => expect(values(extractAll(u, fs, ctx))).toEqual(expected));

  // an amount after a lead-in ("closer to 40k", "up to $2,500") is no organisation's or place's name
  const org = [
    field('employer', 'text', { label: 'Employer', extraction_hints: ["the organisation's name"] }),
  ];
  it.each(['we could stretch closer to 40k', 'we set aside 9k, no wait, more like 12k', 'going to 30k'])(
    'no name in "%s"',
    (u) => expect(values(extractAll(u, org, ctx))).toEqual({}),
  );
});

describe('extractAll: organisations', () => {
  const talk = [
    field('speaker_name', 'text', { label: 'Your name' }),
    field('speaker_email', 'email'),
    field('affiliation', 'text', { label: 'Company or affiliation' }),
    field('tracks', 'multi_select', {
      opts: [
        ['cloud-devops', 'Cloud & DevOps', 'cloud', 'devops'],
        ['data-ai', 'Data & AI', 'data', 'ai'],
      ],
    }),
  ];
  it.each([
    // the organisation's word inside the email is said apart from the name after "at"
    [
      "I'm a platform engineer at Monzo, oliver.bennett@monzo.com",
      { affiliation: 'Monzo', speaker_email: 'oliver.bennett@monzo.com' },
    ],
    // an option's word inside an organisation's name chooses nothing
    ["I'm with Price Cloud Ltd", { affiliation: 'Price Cloud Ltd' }],
    ['Technical University of Munich', { affiliation: 'Technical University of Munich' }],
    // guard: the option said outside the name is chosen
    ['mostly cloud stuff', { tracks: ['cloud-devops'] }],
  ])('%s', (u, expected) => expect(values(extractAll(u, talk, ctx))).toMatchObject(expected));
  it('an option said outside the name still counts', () =>
    expect(values(extractAll('Price Cloud Ltd, and the talk is about cloud', talk, ctx)).tracks).toEqual([
      'cloud-devops',
    ]));
});

describe('extractAll: short option phrases', () => {
  const garage = [
    field('services', 'multi_select', {
      opts: [
        ['full-service', 'Full service'],
        ['mot', 'MOT / inspection', 'MOT'],
        ['air-con', 'Air-con regas', 'AC'],
        ['project', 'Project management', 'pm'],
      ],
    }),
    field('pets', 'multi_select', {
      opts: [
        ['cats', 'Cats', 'cat'],
        ['small', 'Small animals (rabbits, guinea pigs, hamsters)'],
      ],
    }),
  ];
  it.each([
    ['full service and the MOT please', { services: ['full-service', 'mot'] }],
    ['the AC is broken', { services: ['air-con'] }],
    ['drop it off at 2 PM', {}],
    ['one cat and two hamsters', { pets: ['cats', 'small'] }],
    ['no cats, just a rabbit', { pets: ['small'] }],
  ])('%s', (u, expected) => expect(values(extractAll(u, garage, ctx))).toEqual(expected));
});
