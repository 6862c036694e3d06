import { cardinalWords } from './number-lexicon.js';

/**
 * Times said relative to the hour, rewritten as digits chrono reads: "half seven" (British: half past seven)
 * → "7:30", "half past six" → "6:30", "quarter to eight" → "7:45", "twenty past 7" → "7:20", "ten to
 * seven" → "6:50", with hyphens ("half-seven", "quarter-to-eight") and "-ish" ("half sevenish"). No am or
 * pm is added: the hour is then read like any other said without one ("at 7"). Pure.
 */

const HOUR_WORDS = cardinalWords(1, 12);
const HOUR = String.raw`(1[0-2]|0?[1-9]|${Object.keys(HOUR_WORDS).join('|')})`;
/** Minutes said before "past" or "to": a quarter, or five to twenty-five in words or digits. */
const MINUTE_WORDS: Readonly<Record<string, number>> = {
  five: 5,
  ten: 10,
  twenty: 20,
  'twenty five': 25,
  'twenty-five': 25,
  quarter: 15,
  'a quarter': 15,
};
const MINUTES = String.raw`(a quarter|quarter|twenty[\s-]five|twenty|ten|five|[1-5]?\d)(?:\s+min(?:ute)?s?)?`;
const SEP = String.raw`[\s-]+`;
/** The end of an hour: a word boundary, or "ish" run on ("sevenish"). */
const END = String.raw`(?:\b|(?=ish\b))`;
/** The "-ish" of an hour ("sevenish", "7-ish"), dropped with it: the time is about that. */
const ISH = String.raw`(?:\s*-?\s*ish\b)?`;
/** Words before an hour that make it a time of day ("at five to nine", "by ten to seven"). */
const TIME_CUE =
  /\b(?:at|by|around|about|from|until|till|til|before|after|for|starting|start|arrive|arriving)\s*$/i;

/** "at" or "by" right before a time: a moment, not the start of a stretch of hours. */
const AT_MOMENT = /\b(?:at|by)\s*$/i;

const pad = (n: number) => String(n).padStart(2, '0');

function hourOf(said: string): number {
  return HOUR_WORDS[said.toLowerCase()] ?? Number(said);
}

function minutesOf(said: string): number {
  const key = said.toLowerCase().replace(/\s+/g, ' ');
  return MINUTE_WORDS[key] ?? MINUTE_WORDS[key.replace('-', ' ')] ?? Number(said);
}

/**
 * `text` with each time said relative to the hour as "H:MM". "M to H" in words or digits other than a
 * quarter reads as a time only when M is more than H or a time cue comes before it ("twenty to eight",
 * "at five to nine"): "five to ten people" is a range. Two hours in digits ("from 9 to 5") are a range too,
 * unless said after "at" or "by".
 */
export function clockPhrasesToDigits(text: string): string {
  let s = text;
  // "half past six", "quarter past 9", "twenty past seven", "10 minutes after 8"
  s = s.replace(
    new RegExp(String.raw`\b(?:(half)|${MINUTES})${SEP}(?:past|after)${SEP}${HOUR}${END}${ISH}`, 'gi'),
    (_m, half: string | undefined, minutes: string | undefined, hour: string) =>
      `${hourOf(hour)}:${pad(half ? 30 : minutesOf(minutes!))}`,
  );
  // "quarter to eight", "twenty to 8", "ten till seven"
  s = s.replace(
    new RegExp(String.raw`\b${MINUTES}${SEP}(?:to|till|til|of|before)${SEP}${HOUR}${END}${ISH}`, 'gi'),
    (m, minutes: string, hour: string, offset: number, all: string) => {
      const min = minutesOf(minutes);
      const h = hourOf(hour);
      const quarter = /quarter/i.test(minutes);
      if (min < 1 || min > 59) return m;
      const before = all.slice(Math.max(0, offset - 16), offset);
      // "from 9 to 5", "open 10 to 4": two hours in digits are a stretch of hours, unless "at" / "by" asks a
      // moment ("at 10 to 5") or minutes are said ("10 minutes to 5")
      if (/^\d+[\s-]+(?:to|till|til|of|before)\b/i.test(m) && min <= 12 && !AT_MOMENT.test(before)) return m;
      if (!quarter && min <= h && !TIME_CUE.test(before)) return m;
      return `${((h + 10) % 12) + 1}:${pad(60 - min)}`;
    },
  );
  // British "half seven" is half past seven (not "half an hour", "half day", "half 7 people")
  s = s.replace(
    new RegExp(String.raw`\bhalf${SEP}${HOUR}${END}${ISH}(?!\s*(?:past|hours?|days?|[:.]\d))`, 'gi'),
    (_m, hour: string) => `${hourOf(hour)}:30`,
  );
  return s;
}
