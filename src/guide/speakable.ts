import nlp from 'compromise';
import { listWords } from './nlu/replies.js';

/**
 * Makes a guide reply speakable for voice: what a text-to-speech voice should say instead of what a chat
 * panel shows. Markdown goes (emphasis, code, headings, links keep their words), a bulleted or numbered list
 * becomes "a, b or c", quotes and brackets are dropped and dashes become pauses, ISO dates are said as
 * dates ("2026-03-14" → "March fourteenth, twenty twenty-six"), phone-like digit runs digit by digit, clock
 * times as words, and every other number as words (compromise's numbers: "$30,000" → "thirty thousand
 * dollars", "2nd" → "second"). Pure; the text's meaning is unchanged.
 */
export function speakable(text: string): string {
  let out = listsAsWords(stripMarkdown(text));
  out = out.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (match, y: string, m: string, d: string) =>
    spokenDate(Number(y), Number(m), Number(d), match),
  );
  out = out.replace(/\+?\d[\d\s().-]{6,}\d/g, (run) =>
    run.replace(/\D+/g, '').length >= 7 ? digitByDigit(run) : run,
  );
  out = out.replace(/\b(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\b)?/gi, (_m, h: string, min: string, ap?: string) =>
    clockTime(h, min, ap),
  );
  out = out
    .replace(/\s+[—–]\s+|\s+-\s+/g, ', ')
    .replace(/[()[\]{}"“”«»]/g, '')
    .replace(/\s*,\s*([.?!])/g, '$1')
    .replace(/([.?!]),/g, '$1')
    .replace(/,\s*,/g, ',');
  if (/\d/.test(out)) {
    const doc = nlp(out);
    doc.numbers().toText();
    out = doc.text();
  }
  return out.replace(/\s{2,}/g, ' ').trim();
}

/** A number said in words ("14th" → "fourteenth", "30" → "thirty"). */
function words(number: string): string {
  const doc = nlp(number);
  doc.numbers().toText();
  return doc.text();
}

/** "7:30 pm" → "seven thirty PM", "9:00" → "nine o'clock", "7:05" → "seven oh five". */
function clockTime(hours: string, minutes: string, meridiem?: string): string {
  const m = Number(minutes);
  const spokenMinutes =
    m === 0 ? (meridiem ? '' : " o'clock") : ` ${m < 10 ? `oh ${words(String(m))}` : words(minutes)}`;
  const suffix = meridiem ? (meridiem.toLowerCase() === 'a' ? ' AM' : ' PM') : '';
  return `${words(String(Number(hours)))}${spokenMinutes}${suffix}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "March 14th, 2026" said as a person would ("twenty twenty-six"); the match itself when not a date. */
function spokenDate(year: number, month: number, day: number, match: string): string {
  const name = MONTHS[month - 1];
  if (!name || day < 1 || day > 31) return match;
  const hundreds = Math.floor(year / 100);
  const rest = year % 100;
  const yearWords =
    rest === 0 || (hundreds % 10 === 0 && rest < 10)
      ? words(String(year))
      : `${words(String(hundreds))} ${rest < 10 ? `oh ${words(String(rest))}` : words(String(rest))}`;
  return `${name} ${words(`${day}th`)}, ${yearWords}`;
}

const DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** "+1 415 555 0100" → "plus one, four one five, five five five, zero one zero zero". */
function digitByDigit(run: string): string {
  const groups = run
    .trim()
    .split(/[\s().-]+/)
    .filter(Boolean)
    .map((group) =>
      [...group]
        .map((c) => (c === '+' ? 'plus' : (DIGITS[Number(c)] ?? '')))
        .filter(Boolean)
        .join(' '),
    );
  return groups.join(', ');
}

/** Removes markdown syntax, keeping the words: emphasis, inline code, headings, links, images, rules. */
function stripMarkdown(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,!?:;]|$)/g, '$1$2')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s*([-*_])\s*\1\s*\1[\s\-*_]*$/gm, '')
    .replace(/^\s*>\s?/gm, '');
}

/** Turns each run of bulleted or numbered lines into one sentence: "a, b or c." after its lead-in. */
function listsAsWords(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (items.length === 0) return;
    const sentence = `${listWords(items.map((i) => i.replace(/[.;,]$/, '')))}.`;
    const lead = out.length > 0 ? out.pop()! : '';
    out.push(lead ? `${lead.replace(/:\s*$/, ':')} ${sentence}` : sentence);
    items = [];
  };
  for (const line of lines) {
    const item = line.match(/^\s*(?:[-*+•]|\d+[.)])\s+(.*)$/);
    if (item) items.push(item[1]!.trim());
    else {
      flush();
      if (line.trim()) out.push(line.trim());
    }
  }
  flush();
  return out.join(' ').replace(/:\s+(?=\S)/g, ': ');
}
