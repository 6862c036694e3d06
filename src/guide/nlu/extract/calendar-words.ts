/** Month and weekday names: the months in full, and regular-expression sources (full and short forms) for readers that skip dates. */

/** "january" … "december", in calendar order. */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "jan", "january", "sept", "september" … (no groups that capture). */
export const MONTH_NAMES =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/** "monday" … "sunday". */
export const WEEKDAY_NAMES = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';

/** One weekday in full or short ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "sat", "sunday"), no plural (no groups that capture). */
export const WEEKDAY_WORD = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?';
