import { describe, expect, it } from 'vitest';
import type { Option } from '../../../core/wizard/definition.js';
import { WEEK } from './test-helpers.js';
import { namesWeekdays, weekdayOptionValues } from './weekday-options.js';

const opts = (...pairs: Array<[string, string]>): Option[] =>
  pairs.map(([value, label]) => ({ value, label, synonyms: [] }));
const week = opts(...WEEK);
const short = opts(
  ['1', 'Mon'],
  ['2', 'Tue'],
  ['3', 'Wed'],
  ['4', 'Thu'],
  ['5', 'Fri'],
  ['6', 'Sat'],
  ['7', 'Sun'],
);
const halves = opts(['wd', 'Weekdays'], ['we', 'Weekends']);
const slots = opts(
  ['wdm', 'Weekday mornings'],
  ['wda', 'Weekday afternoons'],
  ['wde', 'Weekday evenings'],
  ['sat', 'Saturday'],
  ['sun', 'Sunday'],
);

const chosen = (u: string, options: Option[]) => weekdayOptionValues(u, options)?.values ?? null;

describe('weekdayOptionValues: the days an answer names, as weekday options', () => {
  it.each<[string, Option[], string[]]>([
    ['tue thu', week, ['tue', 'thu']],
    ['Mondays and Wednesdays', week, ['mon', 'wed']],
    ['mon-wed', week, ['mon', 'tue', 'wed']],
    ['Monday through Friday', week, ['mon', 'tue', 'wed', 'thu', 'fri']],
    ['fri to sun', week, ['fri', 'sat', 'sun']],
    ['weekends only', week, ['sat', 'sun']],
    ['every weekday except Friday', week, ['mon', 'tue', 'wed', 'thu']],
    ['any day but Sunday', week, ['mon', 'tue', 'wed', 'thu', 'fri', 'sat']],
    ['not weekends', week, ['mon', 'tue', 'wed', 'thu', 'fri']],
    ['except mon and tue', week, ['wed', 'thu', 'fri', 'sat', 'sun']],
    ["I'm busy on Fridays", week, ['mon', 'tue', 'wed', 'thu', 'sat', 'sun']],
    ['weekday afternoons', week, ['mon', 'tue', 'wed', 'thu', 'fri']],
    ['all week', week, ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']],
    ['weekdays plus saturday', week, ['mon', 'tue', 'wed', 'thu', 'fri', 'sat']],
    // "but" after a single day adds a day, it sets none aside
    ['Mondays, but Wednesdays work too', week, ['mon', 'wed']],
    ['no, mondays', week, ['mon']],
    ['thursdays', short, ['4']],
    ['Tuesday and Thursday', short, ['2', '4']],
    ['saturday and sunday', halves, ['we']],
    ['monday to friday', halves, ['wd']],
    ['tuesdays', halves, ['wd']],
    ['all week', halves, ['wd', 'we']],
    // days with times of day: only the slots that fit
    ['weekday afternoons', slots, ['wda']],
    ['saturdays and weekday evenings', slots, ['wde', 'sat']],
    ['tuesday evenings', slots, ['wde']],
    ['any weekday', slots, ['wdm', 'wda', 'wde']],
  ])('%s', (u, options, want) => {
    expect(chosen(u, options)).toEqual(want);
  });

  it.each<[string, Option[]]>([
    // no day named
    ["I'm not sure", week],
    ['whenever', week],
    ['mornings', slots],
    // options that are not days
    ['monday', opts(['a', 'Pizza'], ['b', 'Sushi'])],
  ])('no days: %s', (u, options) => {
    expect(chosen(u, options)).toBeNull();
  });

  it('names the words that chose the days', () => {
    expect(weekdayOptionValues('she is in 5th grade and free tuesdays', week)?.span).toBe('tuesdays');
  });

  it.each<[string, boolean]>([
    ['Weekday mornings', true],
    ['Sat', true],
    ['Mornings', false],
    ['Sunflower', false],
  ])('namesWeekdays(%s)', (text, want) => {
    expect(namesWeekdays(text)).toBe(want);
  });
});
