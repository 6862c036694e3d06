import type { Option } from '../../../core/wizard/definition.js';
import { ORDINAL_WORDS, cardinalWords } from './number-lexicon.js';
import { STOPWORDS, normalize, stripFillers } from './normalize.js';

/**
 * Options named by a number with a noun, the number written any way ("5th grade", "Grade 9", "Year 10",
 * "Level 2", "2nd floor", "Size 3"), chosen by the same number said in digits, number words or ordinal
 * words: "she's in fifth grade", "grade nine", "he's a 9th grader", "year ten", "level two", or the number
 * alone ("ninth", "9"). A number is a grade only where it stands by the option's noun ("grade nine", "ninth
 * grade") or is the whole answer: "she is 9" and "10 years old" are ages, not grade 9 or Year 10.
 */

const CARDINALS = cardinalWords(1, 20);

/** A word's number: digits ("9"), a digit ordinal ("9th"), a cardinal ("nine") or an ordinal word ("ninth"). */
export function wordNumber(word: string): { value: number; ordinal: boolean } | null {
  let m = /^(\d{1,3})$/.exec(word);
  if (m) return { value: Number(m[1]), ordinal: false };
  m = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(word);
  if (m) return { value: Number(m[1]), ordinal: true };
  if (word in CARDINALS) return { value: CARDINALS[word]!, ordinal: false };
  if (word in ORDINAL_WORDS) return { value: ORDINAL_WORDS[word]!, ordinal: true };
  return null;
}

const words = (text: string) => normalize(text).match(/[a-z0-9]+/g) ?? [];

/** An option's number and the words beside it in its label, when its label holds exactly one number. */
export interface Numbered {
  option: Option;
  value: number;
  nouns: string[];
}

/**
 * US high-school class years as grades (a closed class): freshman = 9th … senior = 12th, for options numbered
 * by grade.
 */
const CLASS_YEARS: Readonly<Record<string, number>> = { freshman: 9, sophomore: 10, junior: 11, senior: 12 };

/**
 * The name of a label, before a colon or a spaced dash and without its brackets: "Week 1" of "Week 1: June
 * 21–25", "Level 2" of "Level 2 – Intermediate (some experience)".
 */
const labelName = (label: string) => label.split(/:|\s[-\u2013\u2014]\s/)[0]!.replace(/\([^)]*\)/g, ' ');

/**
 * The words of a label that number it: the whole label when it holds one number, else its name (`labelName`)
 * when that does ("Week 1: June 21–25" is numbered by its "Week 1", not by its dates).
 */
function numberingWords(label: string): string[] {
  const ws = words(label);
  if (ws.filter((w) => wordNumber(w)).length === 1) return ws;
  return words(labelName(label));
}

/**
 * Options whose label (or its name, see `numberingWords`) holds one number and a word of three letters or more
 * beside it, when at least two do, with distinct numbers.
 */
export function numberedOptions(options: Option[]): Numbered[] {
  const out: Numbered[] = [];
  for (const option of options) {
    const ws = numberingWords(option.label);
    const numbers = ws.filter((w) => wordNumber(w));
    // the words beside the number ("Grade 9", "4 hours"), never a stopword ("the" of "(getting ready to the
    // evening party)": "July the 10th" is no "10 hours")
    const at = ws.findIndex((w) => wordNumber(w));
    const nouns = [ws[at - 1], ws[at + 1]].filter(
      (w): w is string => w !== undefined && !wordNumber(w) && w.length > 2 && !STOPWORDS.has(w),
    );
    // "2 pm" is a time, not a numbered option
    if (numbers.length === 1 && nouns.length)
      out.push({ option, value: wordNumber(numbers[0]!)!.value, nouns });
  }
  const values = new Set(out.map((n) => n.value));
  return out.length >= 2 && values.size === out.length ? out : [];
}

/**
 * Words that may stand with a number that is the whole answer: "the fifth", "in ninth", "it's 9"; not "one"
 * ("the fifth one" is a place in the list).
 */
const BARE_COMPANIONS = new Set(['the', 'in', 'its', 'it', 's', 'that', 'just', 'probably', 'maybe']);

/** Whether a said word is the noun itself or a form of it ("grader" of "grade", "grades", "floors"). */
export const isNounForm = (said: string | undefined, nouns: string[]) =>
  said !== undefined &&
  nouns.some((n) => said === n || said === `${n}s` || said === `${n}r` || said === `${n}er`);

/**
 * The option of `options` whose number `utterance` says with the option's noun or alone; null otherwise.
 * `withNoun` takes only a number said with the noun ("ninth grade"), as a value given without being asked.
 */
export function numberedOption(
  utterance: string,
  options: Option[],
  withNoun = false,
): { option: Option; confidence: number; span: string } | null {
  const numbered = numberedOptions(options);
  if (!numbered.length) return null;
  const ws = words(utterance);
  const bare = words(stripFillers(utterance)).filter((w) => !BARE_COMPANIONS.has(w));
  for (const [i, word] of ws.entries()) {
    const n = wordNumber(word);
    const hit = n && numbered.find((o) => o.value === n.value);
    if (!n || !hit) continue;
    // "grade nine", "year 10", "level two": the noun before; "ninth grade", "9th grader": an ordinal before it
    const before = isNounForm(ws[i - 1], hit.nouns);
    const after = n.ordinal && isNounForm(ws[i + 1], hit.nouns);
    if (before || after)
      return {
        option: hit.option,
        confidence: 0.93,
        span: before ? `${ws[i - 1]} ${word}` : `${word} ${ws[i + 1]}`,
      };
    if (!withNoun && bare.length === 1 && bare[0] === word)
      return { option: hit.option, confidence: 0.9, span: word };
  }
  if (withNoun) return null;
  // "she's a senior in high school": a class year, for options numbered by grade
  const graded = numbered.filter((o) => o.nouns.includes('grade'));
  for (const word of ws) {
    const hit = word in CLASS_YEARS && graded.find((o) => o.value === CLASS_YEARS[word]);
    if (hit) return { option: hit.option, confidence: 0.85, span: word };
  }
  return null;
}
