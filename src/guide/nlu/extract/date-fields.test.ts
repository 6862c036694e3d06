import { describe, expect, it } from 'vitest';
import { extractAll } from './all.js';
import { extractForField } from './for-field.js';
import { datesWhatHappened, fieldDirection, isPlausibleDate } from './date-fields.js';
import { ctx, field } from './test-helpers.js';

// reference day: Friday 2019-03-01
const birthAndVisit = [
  field('full_name', 'text'),
  field('date_of_birth', 'date', { label: 'Date of birth' }),
  field('preferred_date', 'date', { label: 'Preferred date' }),
  field('preferred_time', 'time', { label: 'Preferred time' }),
];
const pet = [
  field('pet_birthday', 'date', { label: 'Pet birthday' }),
  field('grooming_date', 'date', { label: 'Grooming appointment' }),
];
const job = [
  field('start_date', 'date', { label: 'Start date' }),
  field('interview_date', 'date', { label: 'Interview date' }),
];

const dateOf = (u: string, fields = birthAndVisit, agentUtterance?: string) =>
  extractAll(u, fields, { ...ctx, ...(agentUtterance ? { agentUtterance } : {}) })
    .filter((c) => c.extractor === 'chrono' && fields.some((f) => f.name === c.field && f.type === 'date'))
    .map((c) => [c.field, c.value]);

describe('a date among two date fields', () => {
  it.each([
    ['Priya Raman, born 22 August 1991', 'date_of_birth', '1991-08-22'],
    ['Lucas Ferreira. DOB 3/14/2015', 'date_of_birth', '2015-03-14'],
    ['Grace Liu, born the 5th of October 2001, no email', 'date_of_birth', '2001-10-05'],
    ['hi! Olivia here, birthday is 12 december 1999', 'date_of_birth', '1999-12-12'],
    // no cue: a date long past fits the birth field, a coming day the appointment
    ['Samuel Adeyemi, 1970-01-25', 'date_of_birth', '1970-01-25'],
    ['Tuesday the 12th at 9:30', 'preferred_date', '2019-03-12'],
    ['Dec 8th at 8', 'preferred_date', '2019-12-08'],
  ])('%s → %s', (u, f, v) => expect(dateOf(u)).toEqual([[f, v]]));

  it('the field the agent just asked for wins a tie', () =>
    expect(
      dateOf('2020-05-04', [field('start_date', 'date'), field('end_date', 'date')], 'And the end date?'),
    ).toEqual([['end_date', '2020-05-04']]));

  it('works for other wizards: a pet birthday and a grooming appointment', () => {
    expect(dateOf('she was born on 3 June 2016', pet)).toEqual([['pet_birthday', '2016-06-03']]);
    expect(dateOf('next Tuesday works', pet)).toEqual([['grooming_date', '2019-03-05']]);
  });

  it('a rough day is no value unasked', () =>
    expect(dateOf('wait, my insurance changed this month')).toEqual([]));
  it('a precise day wins over a rough one said before it', () =>
    expect(dateOf('any morning next week, say Tuesday the 5th at 9:30')).toEqual([
      ['preferred_date', '2019-03-05'],
    ]));

  it('two undirected fields without a cue still take nothing', () =>
    expect(dateOf('June 3rd', job)).toEqual([]));
});

describe('a future day is no birth date', () => {
  const dob = birthAndVisit[1]!;
  it('is rejected for the asked birth field', () => {
    expect(extractForField('January 8th, say 2:30', dob, ctx)).toBeNull();
    expect(extractForField('8 January 1960', dob, ctx)?.value).toBe('1960-01-08');
  });
  it('goes to the other date field instead', () =>
    expect(
      dateOf('January 8th, in the afternoon, say 2:30', birthAndVisit, "What's your date of birth?"),
    ).toEqual([['preferred_date', '2020-01-08']]));
  it.each([
    ['2019-03-02', false],
    ['2019-03-01', true],
    ['1988-07-09', true],
  ])('%s plausible: %s', (d, ok) => expect(isPlausibleDate(dob, { date: d }, ctx.referenceDate)).toBe(ok));
});

describe('time direction of a date field', () => {
  it.each([
    ['Date of birth', 'past'],
    ['Injury date', 'past'],
    ['Preferred date', 'future'],
    ['Move date', 'future'],
    ['Delivery date', 'future'],
    ['Start date', null],
    // a question about what happened
    ['When did it start?', 'past'],
    ['When was it first noticed?', 'past'],
    ['When do you want to start?', null],
  ])('%s → %s', (label, dir) =>
    expect(fieldDirection(field(label.toLowerCase().replace(/ /g, '_'), 'date', { label }))).toBe(dir),
  );
});

describe('a start and an end said together', () => {
  // a parcel locker: the parcel is dropped off first and collected later
  const locker = [
    field('start_date', 'date', { label: 'Drop-off date', extraction_hints: ['e.g. Monday May 3'] }),
    field('end_date', 'date', { label: 'Collection date', extraction_hints: ['e.g. Friday May 7'] }),
  ];
  it.each<[string, Array<[string, string]>]>([
    // each cue belongs to its own clause, and the hints' example days are no cue
    [
      'dropping it off Monday March 4 and collection on Friday March 8',
      [
        ['start_date', '2019-03-04'],
        ['end_date', '2019-03-08'],
      ],
    ],
    // the words between two dates cue the later one
    [
      'drop off march 4 collection march 8',
      [
        ['start_date', '2019-03-04'],
        ['end_date', '2019-03-08'],
      ],
    ],
  ])('%s', (u, expected) => expect(dateOf(u, locker)).toEqual(expected));
});

describe('a day asked about is no value when a day is stated', () => {
  const stay = [
    field('arrival', 'date', { label: 'Arrival' }),
    field('departure', 'date', { label: 'Departure' }),
  ];
  it('keeps the stated days only', () =>
    expect(dateOf('anything free around May 10? arrival May 12, departure May 15', stay)).toEqual([
      ['arrival', '2019-05-12'],
      ['departure', '2019-05-15'],
    ]));
});

describe('a forward-looking date field skips days behind us when another is said', () => {
  const start = field('start_date', 'date', { label: 'Preferred start date' });
  const visit = field('visit_day', 'date', { label: 'Preferred visit date' });
  const plain = field('the_date', 'date', { label: 'Date' });
  it.each([
    [start, 'we met at the fair on 3 May 2018 and would like to kick off on the 14th', '2019-03-14'],
    [visit, 'the last engineer came 12 January 2019, next one 20 March 2019 please', '2019-03-20'],
    // only a day behind us: it is kept
    [start, 'we started on 3 May 2018', '2018-05-03'],
    // a field with no direction reads the first date as before
    [plain, 'it was 3 May 2018, and then the 14th', '2018-05-03'],
  ])('%s: %s → %s', (f, u, date) => expect(extractForField(u, f, ctx)?.value).toBe(date));
});

describe('a day said without its year for a field about the past', () => {
  // reference day: Monday 7 December 2026
  const ref = { ...ctx, referenceDate: new Date(2026, 11, 7, 12) };
  const started = field('started_on', 'date', {
    label: 'When did it start?',
    description: 'The date the problem started or was first noticed',
  });
  const visit = field('visit_date', 'date', { label: 'Preferred visit date' });
  it.each([
    [started, 'It came loose in the storm on Friday the 4th', '2026-12-04'],
    [started, 'it started Saturday', '2026-12-05'],
    [started, 'around 29 November', '2026-11-29'],
    [started, 'on the 10th', '2026-11-10'],
    [started, 'it started sunday 29 november', '2026-11-29'],
    // guards: a year said, a placing word, a field about the future
    [started, 'on 1 December 2026', '2026-12-01'],
    [started, 'on 10 December 2026', undefined],
    [started, 'last Friday', '2026-12-04'],
    [visit, 'Friday the 4th', '2027-06-04'],
    [visit, 'Saturday', '2026-12-12'],
    // a day said as ahead is no start of what already happened
    [started, 'would be good to get it sorted in the next few days', undefined],
    [started, 'next Friday', undefined],
    // a kind of day, comma and all, is no day
    [started, 'any weekday, mornings are best', undefined],
  ])('%#: %s → %s', (f, u, v) => expect(extractForField(u, f, ref)?.value).toBe(v));

  it('an unasked day said for the past field among others reads back too', () =>
    expect(
      extractAll('it started Friday the 4th', [started, visit], ref)
        .filter((c) => c.field === 'started_on')
        .map((c) => c.value),
    ).toEqual(['2026-12-04']));
});

describe('a date field about what happened', () => {
  it.each([
    [field('started_on', 'date', { label: 'When did it start?' }), true],
    [field('incident_date', 'date', { label: 'Date of the incident' }), true],
    [field('noticed', 'date', { label: 'Date first noticed' }), true],
    // guards: the looser words of the past, a start ahead, a birth date (read apart)
    [field('last_day', 'date', { label: 'Hire end' }), false],
    [field('start_date', 'date', { label: 'Start date' }), false],
    [field('date_of_birth', 'date', { label: 'Date of birth' }), false],
  ])('%#: %j → %s', (f, want) => expect(datesWhatHappened(f)).toBe(want));
});
