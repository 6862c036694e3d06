import { describe, expect, it } from 'vitest';
import { defaultNlu } from '../nlu.js';
import { ctx, field } from '../extract/test-helpers.js';
import { extractAnswer, offeredValues } from './answers.js';
import { isFillerOnly, leadingName } from './free-text.js';

const fields = [
  field('account_type', 'single_select', {
    opts: [
      ['checking', 'checking'],
      ['savings', 'savings'],
    ],
  }),
  field('account_balance', 'text', { description: 'The balance in the specified account' }),
  field('time', 'time'),
];

describe('offeredValues', () => {
  it.each<[string, string[]]>([
    ['You have $22,496.82 in your savings account.', []],
    ['The bus leaves at 7:40 am.', []],
    ['How about 7 pm?', ['time']],
    ['Please confirm: your balance is $200, right?', ['account_balance']],
  ])('%s → %j', (line, expected) => {
    const got = offeredValues(defaultNlu, line, fields, ctx).map((c) => c.field);
    for (const name of expected) expect(got).toContain(name);
    if (!expected.length) expect(got).toEqual([]);
  });
});

describe('leadingName', () => {
  it.each([
    ['Lumen Health Group, the budget is fine as it is', 'Lumen Health Group'],
    ["Fernwood Labs. we're tiny", 'Fernwood Labs'],
    ['Kim & Partners Architecture', null],
    ["Sorry, it's Acme", null],
    ['I run Acme, budget is 5k', null],
    ['Dr. Harold Chambers', null],
    ['Dr. Harold Chambers. My email is h@x.ca', 'Dr. Harold Chambers'],
    ["St. Anne's Clinic, the one on Main Street", "St. Anne's Clinic"],
    ['Harold Chambers. My email is h@x.ca', 'Harold Chambers'],
    ['Ørsted Ålborg Bygg, the budget is fine', 'Ørsted Ålborg Bygg'],
  ])('%s → %j', (utterance, name) => expect(leadingName(utterance)).toBe(name));
});

describe('extractAnswer for a description', () => {
  const desc = field('personality', 'textarea');
  const mode = field('config_mode', 'single_select', {
    label: 'Configuration',
    opts: [
      ['default', 'Default'],
      ['advanced', 'Advanced'],
    ],
  });
  const voice = field('voice', 'single_select', {
    label: 'Voice',
    opts: [
      ['warm', 'Warm'],
      ['bright', 'Bright'],
    ],
  });
  const read = (u: string) =>
    Object.fromEntries(
      extractAnswer(defaultNlu, u, [desc], [desc, mode, voice], ctx).map((c) => [c.field, c.value]),
    );

  it('keeps option words of an unnamed field inside the description', () => {
    expect(read('curious and witty, warm rather than sarcastic')).toEqual({
      personality: 'curious and witty, warm rather than sarcastic',
    });
  });

  it('gives a sentence that names another field to that field', () => {
    expect(read('a travel guide, confident and clear. oh and I want the advanced configuration')).toEqual({
      personality: 'a travel guide, confident and clear',
      config_mode: 'advanced',
    });
  });
});

describe('extractAnswer: free text in the words other values leave', () => {
  const car = field('make_model', 'text', { label: 'Make and model' });
  const year = field('year', 'number', { label: 'Year', validation: { min: 1950, max: 2030 } });
  const miles = field('mileage', 'number', {
    label: 'Mileage',
    description: 'How many miles are on the clock',
    validation: { min: 0, max: 500000 },
  });
  const read = (u: string) =>
    Object.fromEntries(
      extractAnswer(defaultNlu, u, [car, year, miles], [car, year, miles], ctx).map((c) => [
        c.field,
        c.value,
      ]),
    );
  it.each([
    ['its a vauxhall corsa, 2019, about 34,000 miles', 'vauxhall corsa'],
    ['Ford Fiesta 2016, 61,000 miles', 'Ford Fiesta'],
  ])('%s → %s', (u, model) => expect(read(u)['make_model']).toBe(model));
});

describe('isFillerOnly', () => {
  it.each([
    ['Thanks so much', true],
    ['that one works', true],
    ['no worries', true],
    ['fine by me', true],
    ['nothin to add', true],
    ['oops, my', true],
    ['spot on, cheers', true],
    ['yup thats it', true],
    ['ya, its fine thx', true],
    ['kk lets go', true],
    ['Yamato Works', false],
    ['just use that', true],
    ["I'll pick that one", true],
    ['use a red pen', false],
    ['sorry about the grinding noise', false],
    ['3', false],
    ['12 days', false],
    ['Juno', false],
    ['got it, makes sense', true],
    ["dear that's all correct", true],
    ['Lovely, that all makes sense', true],
    ['brilliant, all clear mate', true],
    ['makes me sneeze, no dairy', false],
    ['clear soups only', false],
    ['nice people at the Red Cross', false],
    ['hang on, go back a sec', true],
    ['wait a moment', true],
    ['round the back, by the bins', false],
    ['hold the lift at level 2', false],
    ["Everything's correct, please submit", true],
    ["everything's fine", true],
    ["Ava's allergic to cats", false],
  ])('%s → %s', (value, expected) => expect(isFillerOnly(value)).toBe(expected));
});

describe('extractAnswer: an asked list answer that holds the unasked reading wins', () => {
  const services = field('services', 'multi_select', {
    opts: [
      ['bath', 'Bath'],
      ['nails', 'Nail trim', 'nails'],
      ['allergy', 'Allergy care'],
    ],
  });
  const visits = field('visits', 'number');
  it('he needs his nails done and is very allergic', () => {
    const got = extractAnswer(
      defaultNlu,
      'he needs his nails done and is very allergic',
      [services, visits],
      [services, visits],
      ctx,
    );
    expect(got.find((c) => c.field === 'services')?.value).toEqual(['nails', 'allergy']);
  });
});

describe('extractAnswer: a typed value beside the asked free text', () => {
  const form = [
    field('full_name', 'text', { label: 'Full name' }),
    field('cover_note', 'textarea', { label: 'Cover note' }),
    field('start_date', 'date', { label: 'Start date' }),
  ];
  it.each<[string, string, string]>([
    // a typed value for another field is still given
    ['I could start on March 12th, and I love your product', 'start_date', '2019-03-12'],
  ])('%s', (utterance, name, contains) => {
    const got = extractAnswer(defaultNlu, utterance, [form[1]!], form, ctx).find((c) => c.field === name);
    expect(String(got?.value)).toContain(contains);
  });
});

describe('extractAnswer: a choice and a description asked together', () => {
  const reason = field('reason', 'single_select', {
    label: 'Reason for visit',
    opts: [
      ['checkup', 'Check-up and clean'],
      ['toothache', 'Toothache or emergency'],
      ['broken-tooth', 'Broken or chipped tooth', 'lost filling'],
    ],
  });
  const details = field('details', 'textarea', { label: 'Tell us more' });
  const date = field('preferred_date', 'date', { label: 'Preferred date' });
  const form = [reason, details, date];
  const read = (u: string) =>
    Object.fromEntries(
      extractAnswer(defaultNlu, u, [reason, details], form, ctx).map((c) => [c.field, c.value]),
    );
  it.each<[string, Record<string, unknown>]>([
    // the choice is read from the description, which keeps every word
    [
      'I have lost a filling from a lower molar. It is sensitive to cold.',
      {
        reason: 'broken-tooth',
        details: 'I have lost a filling from a lower molar. It is sensitive to cold.',
      },
    ],
    // a choice said apart is cut from the description; a day inside the story dates no appointment
    [
      'toothache, it started on Monday and hurts when I chew',
      { reason: 'toothache', details: 'it started on Monday and hurts when I chew' },
    ],
    ['a toothache or emergency, since Friday night', { reason: 'toothache', details: 'since Friday night' }],
  ])('%s', (utterance, expected) => expect(read(utterance)).toEqual(expected));
});

describe('extractAnswer: a one-line field that holds prose', () => {
  const notes = field('access_notes', 'text', {
    label: 'Entry instructions',
    validation: { max_length: 200 },
  });
  const pets = field('pet_details', 'text', { label: 'About your pets', validation: { max_length: 300 } });
  const name = field('full_name', 'text', { label: 'Full name', validation: { max_length: 120 } });
  const form = [name, notes, pets];
  const read = (u: string, asked: ReturnType<typeof field>) =>
    extractAnswer(defaultNlu, u, [asked], form, ctx).find((c) => c.field === asked.name)?.value ?? null;
  it.each<[string, ReturnType<typeof field>, string | null]>([
    ["buzzer code is 1123, we're in unit 1806", notes, "buzzer code is 1123, we're in unit 1806"],
    [
      'The concierge desk will have a key under my name.',
      notes,
      'The concierge desk will have a key under my name',
    ],
    ["a beagle called Max, he's friendly", pets, "a beagle called Max, he's friendly"],
    // pleasantries are no prose; a name field is not prose
    ['thanks', notes, null],
    ['Ada Lovelace', name, 'Ada Lovelace'],
  ])('%s', (utterance, asked, value) => expect(read(utterance, asked)).toBe(value));
});

describe('a short answer in a clause of its own beside the clauses of other values', () => {
  const asked = [
    field('employer', 'text', { label: 'Employer', extraction_hints: ["the organisation's name"] }),
    field('spend', 'single_select', {
      label: 'Spend',
      opts: [
        ['small', 'Under $5,000'],
        ['big', '$5,000 or more'],
      ],
    }),
  ];
  const employer = (u: string) =>
    extractAnswer(defaultNlu, u, asked, asked, ctx).find((c) => c.field === 'employer')?.value;
  it.each([
    ['harbour lights cafe, spend is maybe ten or twelve grand', 'harbour lights cafe'],
    ['3k, blue door bakery', 'blue door bakery'],
    ["we're tiny, about 3k", undefined],
    ['not sure yet, about 3k', undefined],
    ['blue door bakery, the old one, about 3k', undefined],
  ])('%s → %s', (u, v) => expect(employer(u)).toBe(v));
});

describe('extractAnswer: a note asked with other questions', () => {
  const notes = field('notes', 'textarea', { label: 'Medical notes' });
  const kind = field('stay', 'single_select', {
    label: 'Kind of stay',
    opts: [
      ['overnight', 'Overnight stay'],
      ['day', 'Day visit'],
    ],
  });
  const arrival = field('arrival', 'date', { label: 'Arrival date' });
  const pickup = field('pickup_time', 'time', { label: 'Pick-up time' });
  const form = [notes, kind, arrival, pickup];
  const read = (u: string) =>
    Object.fromEntries(extractAnswer(defaultNlu, u, [notes], form, ctx).map((c) => [c.field, c.value]));
  it.each<[string, Record<string, unknown>]>([
    // a clause of a choice and a date is no note, and its option words are the choice
    ['an overnight stay from march 4 2031', { stay: 'overnight', arrival: '2031-03-04' }],
    // a clause naming the time's field gives the time; the rest is the note
    [
      'picking him up at 5, he needs his eye drops',
      { pickup_time: '17:00', notes: 'he needs his eye drops' },
    ],
  ])('%s', (utterance, expected) => expect(read(utterance)).toMatchObject(expected));

  it('keeps no note made only of other values', () => {
    expect(read('an overnight stay from march 4 2031')).not.toHaveProperty('notes');
  });
});

describe('extractAnswer: what a choice leaves is no free-text answer when it is only a subject or a piece of the option', () => {
  const breed = field('breed', 'text', { label: 'Breed', required: true });
  const animal = field('animal', 'single_select', {
    label: 'Kind of animal',
    opts: [
      ['horse', 'Horse'],
      ['pony', 'Pony', 'little horse'],
    ],
  });
  const mane = field('mane', 'single_select', {
    label: 'Mane',
    opts: [
      ['hogged', 'Hogged', 'clipped-maned', 'shaved'],
      ['full', 'Long / flowing', 'long-maned', 'thick mane'],
    ],
  });
  const form = [breed, animal, mane];
  const read = (u: string) =>
    Object.fromEntries(extractAnswer(defaultNlu, u, form, form, ctx).map((c) => [c.field, c.value]));

  it.each<[string, Record<string, unknown>]>([
    ["she's a pony", { animal: 'pony' }],
    ['he is a horse', { animal: 'horse' }],
    ['Long maned', { mane: 'full' }],
    ['thick long mane', { mane: 'full' }],
  ])('%j → %j only', (u, want) => expect(read(u)).toEqual(want));

  it.each<[string, Record<string, unknown>]>([
    ['a welsh cob, a pony', { breed: 'a welsh cob', animal: 'pony' }],
    ['Connemara pony', { breed: 'Connemara', animal: 'pony' }],
  ])('%j keeps the breed: %j', (u, want) => expect(read(u)).toMatchObject(want));
});

describe('extractAnswer: one mention fills one field of its type', () => {
  const visit = field('viewing_date', 'date', {
    label: 'Preferred viewing date',
    extraction_hints: ['the day they want to view, e.g. Saturday 6 March 2027'],
  });
  const slot = field('viewing_time', 'time', { label: 'Preferred viewing time' });
  const moveIn = field('move_in_date', 'date', {
    label: 'Desired move-in date',
    description: 'The earliest date you could start a tenancy',
    extraction_hints: ["e.g. 1 April 2027, or 'start of next month'"],
  });
  const form = [visit, slot, moveIn];
  it.each<[string, Record<string, unknown>]>([
    [
      'we are in a serviced apartment until mid March, so from the 15th of March',
      { viewing_date: '2019-03-15' },
    ],
    // guard: a date and a time of one mention both stay
    ['from the 15th of March at 2pm', { viewing_date: '2019-03-15', viewing_time: '14:00' }],
  ])('%s', (u, expected) =>
    expect(
      Object.fromEntries(
        extractAnswer(defaultNlu, u, [visit, slot], form, ctx).map((c) => [c.field, c.value]),
      ),
    ).toEqual(expected),
  );
});

describe('extractAnswer for two numbers asked at once', () => {
  const years = field('years_experience', 'number', {
    label: 'Years of restaurant experience',
    validation: { min: 0, max: 60 },
  });
  const pay = field('desired_pay', 'number', {
    label: 'Desired hourly pay (USD)',
    validation: { min: 7.25, max: 100 },
  });
  const value = (cs: Array<{ field: string; value: unknown }>, name: string) =>
    cs.find((c) => c.field === name)?.value;
  it.each<[string, number | undefined, number | undefined]>([
    ['3 years, and 20 would be nice', 3, 20],
    ['about 2 years, hoping for 17', 2, 17],
    ['6 yrs, want $21/hr', 6, 21],
    // one number answers one field: the first asked
    ['4', 4, undefined],
    ['10', 10, undefined],
  ])('%s → years %s, pay %s', (text, y, p) => {
    const got = extractAnswer(defaultNlu, text, [years, pay], [years, pay], ctx);
    expect(value(got, 'years_experience')).toBe(y);
    expect(value(got, 'desired_pay')).toBe(p);
  });
});
