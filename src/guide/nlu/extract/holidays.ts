import type * as chrono from 'chrono-node';

/**
 * A chrono-node parser for fixed-date holidays chrono does not know ("christmas eve", "valentine's day next
 * year", "new year's eve", "halloween"). The date is the next one on or after the reference date, or the one
 * of next year when "next year" follows.
 */

/** Month and day of each holiday, by the words that name it. */
const HOLIDAYS: Array<[RegExp, number, number]> = [
  [/new\s+year'?s\s+eve/, 12, 31],
  [/new\s+year'?s(?:\s+day)?/, 1, 1],
  [/valentine'?s?(?:\s+day)?/, 2, 14],
  [/st\.?\s+patrick'?s(?:\s+day)?/, 3, 17],
  [/(?:the\s+)?fourth\s+of\s+july|independence\s+day/, 7, 4],
  [/halloween/, 10, 31],
  [/christmas\s+eve|xmas\s+eve/, 12, 24],
  [/christmas(?:\s+day)?|xmas(?:\s+day)?/, 12, 25],
  [/boxing\s+day/, 12, 26],
];

const PATTERN = new RegExp(
  String.raw`\b(?:on\s+)?(${HOLIDAYS.map(([re]) => re.source).join('|')})(?:\s+(this|next)\s+year)?\b`,
  'i',
);

/** The parser, for `parser.parsers.push(holidayParser)`. */
export const holidayParser: chrono.Parser = {
  pattern: () => PATTERN,
  extract: (context, match) => {
    const name = match[1]!.toLowerCase().replace(/[\u2019]/g, "'");
    const holiday = HOLIDAYS.find(([re]) => new RegExp(`^(?:${re.source})$`).test(name));
    if (!holiday) return null;
    const [, month, day] = holiday;
    const ref = context.refDate;
    let year = ref.getFullYear();
    const which = match[match.length - 1]?.toLowerCase();
    if (which === 'next') year += 1;
    else if (
      which !== 'this' &&
      new Date(year, month - 1, day) < new Date(ref.getFullYear(), ref.getMonth(), ref.getDate())
    )
      year += 1;
    return { day, month, year };
  },
};
