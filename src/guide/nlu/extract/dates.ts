import * as chrono from 'chrono-node';
import { holidayParser } from './holidays.js';
import { nthWeekdayParser } from './nth-weekday.js';
import { inNamedMonths, inSaidWeekdayYears, onSaidWeekdays } from './said-months.js';
import { withSaidPartOfDay } from './said-part-of-day.js';
import { keepSaidDay } from './day-month-comma.js';
import { withoutWeighedDays } from './weighed-days.js';
import { withCorrectedYears } from './corrected-year.js';
import {
  isDeicticToday,
  namesBound,
  namesNoDay,
  namesStretch,
  saidAsPast,
  takesSaidMonth,
  withoutLooseWeekdays,
} from './date-context.js';
import { cardinalWords } from './number-lexicon.js';
import { clockPhrasesToDigits } from './clock-phrases.js';
import { clockNotationsToColon } from './clock-notations.js';
import { spokenYearsToDigits } from './spoken-years.js';
import { withRestatedMeridiem } from './restated-time.js';
import { withYearLikeDays } from './year-like-day.js';
import { withMonthWords } from './month-words.js';
import { withRecurringWeekdays } from './weekday-lists.js';
import { withRelativeYears } from './relative-years.js';

/**
 * Dates and times with chrono-node (casual English), relative to a reference date, plus a few rules chrono
 * lacks: "half past 3", "quarter to 5", "7 in the evening", "the 12th", "13th of this month", hour words
 * ("at seven pm"). Values: date "YYYY-MM-DD", time "HH:MM" (24 h), datetime "YYYY-MM-DDTHH:MM".
 * Dates resolve forward ("Friday" is the coming Friday). Calendar fields are read in the local time zone.
 */

export interface DateTimeMatch {
  date?: string;
  time?: string;
  span: string;
  /** the day was said (or a weekday / relative day), not implied */
  hasDate: boolean;
  /** the hour was said */
  hasTime: boolean;
  /** character offset of the span in the (pre-processed) utterance */
  index: number;
  /** am/pm was not said and was guessed (1–6 o'clock reads as pm) */
  guessedMeridiem: boolean;
  /** digits only, without a year ("5/10"): as likely a score or a fraction as a day */
  bareNumeric?: boolean;
  /**
   * the day is only roughly said ("some morning next week", "this month", "the week of the 11th"): no value
   * for a field unasked, and the exact day said beside it wins for the field asked
   */
  approximate?: boolean;
  /** the end of a range ("until the 12th", "from the 9th to the 12th"): a return / drop-off / check-out day */
  rangeEnd?: boolean;
  /** said as lying behind ("yesterday", "last night", "two weeks ago"): the day of something that happened */
  pastRelative?: boolean;
  /** only "now" ("now it's right", "three adults now"): a moment of speaking, a value only when asked for */
  deictic?: boolean;
  /**
   * the parts of a day said without its year nor a word placing it ahead ("Friday the 4th" → day 4, weekday
   * 5; "Saturday", "last Saturday" → weekday 6): chrono reads them forward, a field about the past reads them back (see
   * `dayBehind`)
   */
  yearless?: SaidDayParts;
}

/** The parts a day was said by: month 1–12, day of the month, weekday 0–6 (Sunday 0). */
export interface SaidDayParts {
  month?: number;
  day?: number;
  weekday?: number;
}

/**
 * Words that place a day ahead of the moment of speaking ("next Friday", "this Saturday", "tomorrow"); "last
 * Friday" keeps its parts, which read it back.
 */
const PLACED = /\b(?:next|this|coming|tomorrow|today|tonight|from now|after|following)\b/i;

/** The parts said of a day with no year nor word placing it ahead (see `DateTimeMatch.yearless`), or undefined. */
function yearlessParts(c: chrono.ParsedComponents, text: string): SaidDayParts | undefined {
  if (c.isCertain('year') || PLACED.test(text)) return undefined;
  if (!c.isCertain('day') && !c.isCertain('weekday')) return undefined;
  return {
    ...(c.isCertain('month') ? { month: c.get('month')! } : {}),
    ...(c.isCertain('day') ? { day: c.get('day')! } : {}),
    ...(c.isCertain('weekday') ? { weekday: c.get('weekday')! } : {}),
  };
}

/**
 * The numbers chrono reads before a unit of time: digits, number words, "a", "a few", "a couple of", "half
 * (an)" ("half a day", "half an hour" and the "half an" + "d" of "half and").
 */
const NUM_WORD = String.raw`(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|several|(?:an?\s+)?(?:couple(?:\s+of)?|few)|half(?:\s*an?)?|an?)`;
/** Words that make a length rough ("for about a week", "over two days"). */
const ROUGHLY = String.raw`(?:(?:about|around|roughly|nearly|almost|approximately|over|under|at least|less than|more than|the (?:past|last))\s+)?`;
/** One length: "5 days", "a week", "30 min", "12hrs", "90s", "half an hour". */
const LENGTH = String.raw`(?:${NUM_WORD}\s*-?\s*(?:d|days?|nights?|w|weeks?|wks?|months?|h|hrs?|hours?|mins?|minutes?|s|secs?|seconds?)|half(?:\s+an)?[\s-]+hour)`;
/**
 * "5 days", "for three nights", "a week", "30 min", "the 2 hour one", "half an hour", "for about a week", and
 * lengths said together or as a rate ("12hrs a week", "2 hours per day"); a number with an "s" ("1960s")
 * reads as seconds to chrono: a length of time, not a day or a time of day (unless "in 5 days", "30 minutes
 * from now").
 */
const DURATION = new RegExp(
  String.raw`^(?:for\s+)?${ROUGHLY}${LENGTH}(?:\s*(?:,|and|per|\/)?\s*${LENGTH})*$`,
  'i',
);
/** "before" / "after" ending a mention: a length said about an event ("24 hours before"). */
const BEFORE_AFTER = /\s+(?:before|after|beforehand|afterwards?|prior)$/i;
const FROM_NOW = /^\s*(?:from (?:now|today)|later|ago|after|before|out)\b/i;
/** Words before a date that make it the end of a stay or rental ("until", "drop it off on", "returning"). */
const END_CUE =
  /\b(?:until|till|til|through|thru|up to|return(?:ing)?|back|drop(?:ping)?(?: (?:it|the car|them))? off|check(?:ing)? out|end(?:ing)?)(?: (?:on|by|at))?(?: the)?\s*$/i;

/** Whether the words before a mention make it the end of a range ("until Friday", "drop off March 13th"). */
export function isEndCue(before: string): boolean {
  return END_CUE.test(before.slice(-40));
}

const HOUR_WORDS = cardinalWords(1, 12);
const MINUTE_WORDS: Record<string, number> = {
  'oh five': 5,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  'twenty five': 25,
  thirty: 30,
  'thirty five': 35,
  forty: 40,
  'forty five': 45,
  fifty: 50,
  'fifty five': 55,
};
const HW = Object.keys(HOUR_WORDS).join('|');
const MW = Object.keys(MINUTE_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(' ', '[\\s-]'))
  .join('|');

const pad = (n: number) => String(n).padStart(2, '0');

/** A day as "YYYY-MM-DD" in the local time zone (calendar fields are read in it). */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Rewrites spoken time forms into ones chrono reads. */
export function preprocessTimes(text: string): string {
  let s = text;
  // "half seven", "quarter to eight", "twenty past 7": digits
  s = clockPhrasesToDigits(s);
  // "19h30", "at 19h", "ceremony start 16.00": the 24-hour clock written otherwise
  s = clockNotationsToColon(s);
  // "9 ish", "8ish": about that hour
  s = s.replace(/\b(1[0-2]|0?[1-9])\s*-?\s*ish\b/gi, (_m, h: string) => `at ${Number(h)}`);
  // hour words in a time context: "seven thirty pm", "at seven", "seven o'clock"
  s = s.replace(
    new RegExp(
      String.raw`\b(${HW})(?:[\s-](${MW}))?(?=\s*(?:o'?clock|[ap]\.?m\b|in the (?:morning|afternoon|evening)|at night|tonight|sharp)|\b)`,
      'gi',
    ),
    (m, h: string, mins: string | undefined, offset: number, all: string) => {
      const ctxBefore = all.slice(Math.max(0, offset - 16), offset);
      const ctxAfter = all.slice(offset + m.length, offset + m.length + 20);
      const timey =
        /\b(?:at|by|around|about|until|till|before|after|for)\s*$/i.test(ctxBefore) ||
        /\b(?:half|quarter)\s+(?:past|to|till|after|of)\s*$/i.test(ctxBefore) ||
        /^\s*(?:o'?clock|[ap]\.?m\b|in the (?:morning|afternoon|evening)|at night|tonight|sharp)/i.test(
          ctxAfter,
        ) ||
        mins;
      if (!timey) return m;
      const hour = HOUR_WORDS[h.toLowerCase()]!;
      const min = mins ? (MINUTE_WORDS[mins.toLowerCase().replace('-', ' ')] ?? 0) : undefined;
      return min === undefined ? String(hour) : `${hour}:${pad(min)}`;
    },
  );
  s = s.replace(
    /\b(\d{1,2})(?::(\d{2}))?\s*(?:o'?clock\s*)?in the (morning|afternoon|evening)\b/gi,
    (_m, h: string, mm: string | undefined, part: string) => {
      const am = part.toLowerCase() === 'morning';
      return `${h}:${mm ?? '00'} ${am ? 'am' : 'pm'}`;
    },
  );
  s = s.replace(
    /\b(\d{1,2})(?::(\d{2}))?\s*(?:o'?clock\s*)?at night\b/gi,
    (_m, h: string, mm: string | undefined) =>
      `${h}:${mm ?? '00'} ${Number(h) >= 5 && Number(h) <= 11 ? 'pm' : 'am'}`,
  );
  s = s.replace(
    /\b(morning|afternoon|evening)\s+(\d{1,2}(?::\d{2})?)(?!\s*[ap]\.?m)/gi,
    (_m, part: string, t: string) => `${t} ${part.toLowerCase() === 'morning' ? 'am' : 'pm'}`,
  );
  s = s.replace(/\b(?:the )?day after tomorrow\b/gi, 'in 2 days');
  return s;
}

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec';

/**
 * "the 12th", "on the 3rd", "13th of this month", "the 2nd of next month", "the 22 of next month": a day of the
 * current/next month (a day without its ordinal ending only with its month said).
 */
const dayOfMonthParser: chrono.Parser = {
  pattern: () =>
    new RegExp(
      String.raw`\b(?:the\s+)?(\d{1,2})(?:(?:st|nd|rd|th)\b(?:\s+of\s+(this|the|next)\s+month)?(?!\s+(?:of\s+)?(?:${MONTHS}))|\s+of\s+(this|the|next)\s+month\b)`,
      'i',
    ),
  extract: (context, match) => {
    const day = Number(match[1]);
    if (day < 1 || day > 31) return null;
    const at = match.index ?? 0;
    const before = context.text.slice(Math.max(0, at - 12), at);
    if (new RegExp(String.raw`\b(?:${MONTHS})[a-z]*\.?\s*$`, 'i').test(before)) return null;
    const ref = context.refDate;
    let month = ref.getMonth() + 1;
    let year = ref.getFullYear();
    const which = (match[2] ?? match[3])?.toLowerCase();
    if (which === 'next' || (!which && day < ref.getDate())) {
      month += 1;
      if (month > 12) {
        month = 1;
        year += 1;
      }
    }
    // the month is said ("of next month") or implied from the day of speaking
    const components = context.createParsingComponents({ day });
    return which
      ? components.assign('month', month).assign('year', year)
      : components.imply('month', month).imply('year', year);
  },
};

/** Words of a mention that put its day behind the moment of speaking. */
const PAST_RELATIVE = /\b(?:yesterday|last|ago|earlier this|previous|past)\b/i;

/**
 * Drops a weekday said right before the full date it names ("Sunday the 20th of June 2027", "Tue, 9 March"):
 * chrono reads the weekday alone as the coming one, which is not the day meant.
 */
function withoutLeadingWeekdays(results: chrono.ParsedResult[], text: string): chrono.ParsedResult[] {
  return results.filter((r, i) => {
    const next = results[i + 1];
    if (!next || r.start.isCertain('day') || !r.start.isCertain('weekday')) return true;
    const between = text.slice(r.index + r.text.length, next.index);
    return !(next.start.isCertain('day') && /^[\s,]*(?:the\s*)?$/i.test(between));
  });
}

/** chrono's casual English, month first ("3/4" is March 4th) and day first ("3/4" is 3 April). */
const MONTH_FIRST = chrono.casual.clone();
const DAY_FIRST = chrono.en.GB.clone();
for (const p of [MONTH_FIRST, DAY_FIRST]) p.parsers.push(dayOfMonthParser, holidayParser, nthWeekdayParser);

const dayFirstByRegion = new Map<string, boolean>();

/**
 * Reads a day said without its month after a full date in the same utterance from that date: in "Thursday
 * 14 January 2027, no sorry, Friday the 15th" the 15th is January's, not the coming month's. A full date
 * behind `referenceDate` lends its month only to a day that corrects it (see `takesSaidMonth`): in "we met on
 * 3 May 2026, we'd like to start on the 14th" the 14th is the coming one.
 */
function withinSaidMonths(
  results: chrono.ParsedResult[],
  parser: chrono.Chrono,
  text: string,
  referenceDate: Date,
): chrono.ParsedResult[] {
  let said: chrono.ParsedResult | undefined;
  return results.map((r) => {
    const c = r.start;
    if (c.isCertain('month') && c.isCertain('day')) said = r;
    else if (said && c.isCertain('day') && !c.isCertain('month')) {
      const between = text.slice(said.index + said.text.length, r.index);
      if (!takesSaidMonth(said.start.date(), referenceDate, between)) return r;
      const reread = parser.parse(r.text, said.start.date(), { forwardDate: true })[0];
      if (reread) return Object.assign(reread, { index: r.index + reread.index });
    }
    return r;
  });
}

/**
 * Whether people of `region` (ISO 3166-1 alpha-2) write a numeric date day first ("14/03/1988"), as
 * English in that region formats one (Intl, from CLDR): true for GB, IE, AU, NZ, IN; false for US, CA
 * (year-month-day) and PH, and for no region.
 */
export function writesDayFirst(region: string | undefined): boolean {
  if (!region || !/^[A-Za-z]{2}$/.test(region)) return false;
  const key = region.toUpperCase();
  let first = dayFirstByRegion.get(key);
  if (first === undefined) {
    const order = new Intl.DateTimeFormat(`en-${key}`, { day: 'numeric', month: 'numeric', year: 'numeric' })
      .formatToParts(new Date(2000, 0, 2))
      .map((p) => p.type);
    first = order.indexOf('day') < order.indexOf('month');
    dayFirstByRegion.set(key, first);
  }
  return first;
}

function fmtDate(c: chrono.ParsedComponents): string {
  return `${c.get('year')}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
}
function fmtTime(c: chrono.ParsedComponents, pm: boolean): string {
  return `${pad((c.get('hour') ?? 0) + (pm ? 12 : 0))}:${pad(c.get('minute') ?? 0)}`;
}

/**
 * All date/time mentions in `utterance`, relative to `referenceDate`, in order. Numeric dates are read in
 * the order `region` writes them ({@link writesDayFirst}); month first without a region. `lead` is what was
 * said before `utterance` in the same turn: a day without its month takes the month said there. Days that
 * are no choice ({@link withoutWeighedDays}: "I'm away over Christmas") are left out when another is said.
 */
export function findDateTimes(
  utterance: string,
  referenceDate: Date,
  region?: string,
  lead?: string,
): DateTimeMatch[] {
  if (lead?.trim()) {
    // read with the words said before it, and keep the mentions of this part only
    const before = `${lead.trimEnd()} `;
    return findDateTimes(before + utterance, referenceDate, region)
      .filter((m) => m.index >= before.length)
      .map((m) => ({ ...m, index: m.index - before.length }));
  }
  const text = keepSaidDay(
    preprocessTimes(spokenYearsToDigits(withRelativeYears(withMonthWords(utterance), referenceDate))),
  );
  const parser = writesDayFirst(region) ? DAY_FIRST : MONTH_FIRST;
  const read = parser.parse(text, referenceDate, { forwardDate: true });
  const said = withinSaidMonths(
    withoutLooseWeekdays(
      withoutLeadingWeekdays(
        parser === DAY_FIRST ? withYearLikeDays(read, MONTH_FIRST, referenceDate) : read,
        text,
      ),
    ),
    parser,
    text,
    referenceDate,
  );
  const results = inSaidWeekdayYears(onSaidWeekdays(inNamedMonths(said, parser)), referenceDate);
  const out: DateTimeMatch[] = [];
  for (const r of results) {
    if (DURATION.test(r.text.trim()) && !FROM_NOW.test(text.slice(r.index + r.text.length))) continue;
    // "24 hours before", "two days after": a length before or after some event, not before or after now
    if (DURATION.test(r.text.trim().replace(BEFORE_AFTER, ''))) continue;
    if (namesNoDay(text, r.index, r.text)) continue;
    const c = r.start;
    const relativeDay =
      /\b(?:today|tonight|tomorrow|yesterday|in \d+ days?|days?|weeks?|months?|weekend)\b/i.test(r.text);
    const hasDate = c.isCertain('day') || c.isCertain('weekday') || relativeDay;
    const hasTime = c.isCertain('hour') || /\b(?:noon|midnight|midday)\b/i.test(r.text);
    if (!hasDate && !hasTime) continue;
    const yearless = hasDate && !relativeDay ? yearlessParts(c, r.text) : undefined;
    const hour = c.get('hour') ?? 0;
    const guessedMeridiem =
      hasTime &&
      !c.isCertain('meridiem') &&
      hour >= 1 &&
      hour <= 12 &&
      !/\d{2}:\d{2}/.test(r.text.replace(/^\d:/, ''));
    out.push({
      date: hasDate ? fmtDate(c) : undefined,
      time: hasTime ? fmtTime(c, guessedMeridiem && hour <= 6) : undefined,
      guessedMeridiem,
      span: r.text,
      hasDate,
      hasTime,
      index: r.index,
      ...(/^\d{1,2}\s*[/.]\s*\d{1,2}$/.test(r.text.trim()) ? { bareNumeric: true } : {}),
      ...(hasDate &&
      ((!c.isCertain('day') && !c.isCertain('weekday')) ||
        namesStretch(text.slice(0, r.index)) ||
        namesBound(text.slice(0, r.index)))
        ? { approximate: true }
        : {}),
      ...(hasDate && (PAST_RELATIVE.test(r.text) || saidAsPast(text, r.index, r.text))
        ? { pastRelative: true }
        : {}),
      ...(yearless ? { yearless } : {}),
      ...(/^(?:right\s+)?now$/i.test(r.text.trim()) || isDeicticToday(text, r.index, r.text)
        ? { deictic: true }
        : {}),
      ...(isEndCue(text.slice(0, r.index)) ||
      (out.length > 0 && /\bto(?: the)?\s*$/i.test(text.slice(0, r.index)))
        ? { rangeEnd: true }
        : {}),
    });
    if (r.end && hasDate && (r.end.isCertain('day') || r.end.isCertain('weekday'))) {
      // "from the 9th until 12th of March": the end is its own mention
      const cut = /\s*(?:until|till|til|through|thru|to|-|–)\s*/i.exec(r.text);
      const endAt = cut ? cut.index + cut[0].length : r.text.length;
      out[out.length - 1]!.span = r.text.slice(0, cut?.index ?? r.text.length);
      out.push({
        date: fmtDate(r.end),
        guessedMeridiem: false,
        span: r.text.slice(endAt),
        hasDate: true,
        hasTime: false,
        index: r.index + endAt,
        rangeEnd: true,
      });
    }
  }
  return withSaidPartOfDay(
    withRestatedMeridiem(
      withoutWeighedDays(withCorrectedYears(withRecurringWeekdays(out, text), text), text),
      text,
    ),
    text,
  );
}

/** The first said date ("YYYY-MM-DD") in `utterance`, or null. */
export function findDate(
  utterance: string,
  referenceDate: Date,
  region?: string,
  lead?: string,
): DateTimeMatch | null {
  return findDateTimes(utterance, referenceDate, region, lead).find((m) => m.hasDate) ?? null;
}

/** The first said time of day ("HH:MM") in `utterance`, or null. */
export function findTime(
  utterance: string,
  referenceDate: Date,
  region?: string,
  lead?: string,
): DateTimeMatch | null {
  return findDateTimes(utterance, referenceDate, region, lead).find((m) => m.hasTime) ?? null;
}

/** A date and a time ("YYYY-MM-DDTHH:MM") said together or in separate phrases; null unless both are said. */
export function findDateTime(
  utterance: string,
  referenceDate: Date,
  region?: string,
  lead?: string,
): (DateTimeMatch & { value: string }) | null {
  const all = findDateTimes(utterance, referenceDate, region, lead);
  const both = all.find((m) => m.hasDate && m.hasTime);
  if (both) return { ...both, value: `${both.date}T${both.time}` };
  const d = all.find((m) => m.hasDate);
  const t = all.find((m) => m.hasTime);
  if (!d || !t) return null;
  return { ...d, hasTime: true, time: t.time, span: `${d.span} … ${t.span}`, value: `${d.date}T${t.time}` };
}
