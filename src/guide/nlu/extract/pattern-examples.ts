import type { Field } from '../../../core/wizard/definition.js';
import { matchesPattern } from '../../../core/wizard/field-types/rules.js';
import { isKnownWord } from './known-word.js';
import { STOPWORDS } from './normalize.js';

/**
 * Codes read by the shape of the author's examples, for a text field whose `validation.pattern` is loose: it
 * accepts ordinary words too (`^[A-Za-z0-9]{1,4}[ -]?[A-Za-z0-9]{1,4}[ -]?[A-Za-z0-9]{0,6}$` takes "hello"),
 * so the pattern alone cannot tell "reg KX19 LMF" from "KX19 LMF", nor "Fiesta" from a plate.
 *
 * The examples the author gives in the field's description and hints ("e.g. KX19 LMF", "such as 191-D-12345")
 * are runs of tokens that each hold a digit or are written in capitals, with a letter and a digit in all and
 * fitting the pattern. A span a person says is such a code when it fits the pattern and has the SHAPE of an
 * example: the order of its letter and digit groups, token by token, a space and a hyphen being one separator.
 * "KX19 LMF" and "ab17 wzt" have the shape of "KX19 LMF" (letters digits, letters); "reg KX19 LMF", "i20",
 * "30k" and "Fiesta" have none of the example's shapes. The letters of such a span are in one case (all
 * capitals or all small) unless an example mixes them, and none of its letter tokens is a word of the
 * language ("i20 for", "A3 Sportback" are no plates).
 *
 * Digits alone are an example only right after an example cue ("such as 12345678", "e.g. 30917452"): "8
 * letters and numbers" or "since 2019" give none. A code of digits alone may be said in groups ("2019 4473")
 * when the pattern refuses the spaces: the two groups joined have the example's shape (`codeValue`).
 */

/** Letters and digits said of one code, with a space or a hyphen between groups. */
const TOKEN = /[A-Za-z0-9]+/g;
/** Most letter-or-digit tokens a code spans ("191-D-12345" has three). */
const MOST_TOKENS = 6;

/**
 * The shape of a code: each run of letters `A`, of digits `9`, each separator (spaces or hyphens) `_`.
 * "KX19 LMF" → "A9_A", "191-D-12345" → "9_A_9", "Hj7K2mPq" → "A9A9A"; other characters are kept.
 */
export function codeShape(code: string): string {
  return code
    .trim()
    .replace(/[A-Za-z]+/g, 'A')
    .replace(/\d+/g, '9')
    .replace(/[\s-]+/g, '_');
}

/** Whether a token of an author's text may be part of an example code: it has a digit or is in capitals. */
const codeToken = (token: string) => /\d/.test(token) || /^[A-Z]{2,}$/.test(token);

/** Words that announce an example, at the end of the text before it: "such as", "e.g.", "like", "for example". */
const EXAMPLE_CUE = /(?:\b(?:such as|like|for (?:example|instance)|say)|\be\.?g\.?|\bi\.?e\.?)[\s:,(]*$/i;

/** Digits alone (with spaces or hyphens), as said of a code in groups: "30917452", "2019 4473". */
const DIGITS_ONLY = /^\d[\d\s-]*$/;
/**
 * Digits said as a code in two groups ("2019 4473"); three or more groups are how phone numbers are said
 * ("0401 552 839"), and hyphens join dates ("12-12-2003").
 */
const TWO_GROUPS = /^\d{3,}\s\d{3,}$/;

/**
 * The author's example codes of `field` (see the module comment): runs of code tokens in its description and
 * extraction hints that fit its pattern and have a letter and a digit. Empty without a pattern.
 */
export function patternExamples(field: Field): string[] {
  const pattern = field.validation?.pattern;
  if (!pattern) return [];
  const texts = [field.description ?? '', ...(field.extraction_hints ?? [])];
  const found = new Set<string>();
  for (const text of texts) {
    let run: string[] = [];
    let before = '';
    let cued = false;
    const close = () => {
      const code = run.join(' ');
      const example = /[A-Za-z]/.test(code) || (cued && DIGITS_ONLY.test(code));
      if (/\d/.test(code) && example && matchesPattern(code, pattern)) found.add(code);
      run = [];
    };
    for (const word of text.split(/\s+/)) {
      // "(e.g. KX19 LMF)": a bracket or a stop ends a run; the token is the word without them
      const [, open = '', token = '', shut = ''] = /^([([{"'“]*)(.*?)([)\]}"'”,;:.!?]*)$/.exec(word) ?? [];
      if (open) close();
      if (token && codeToken(token)) {
        if (!run.length) cued = EXAMPLE_CUE.test(before) || (/\bor\s*$/i.test(before) && found.size > 0);
        run.push(token);
      } else close();
      if (shut) close();
      before += `${word} `;
    }
    close();
  }
  return [...found];
}

/**
 * The spans of `utterance` that fit `pattern` and have the shape of one of `examples` (see the module
 * comment), as [start, end) offsets, whole tokens only; overlapping spans are all listed.
 */
export function exampleShapedSpans(
  utterance: string,
  pattern: string,
  examples: string[],
): Array<[number, number]> {
  const shapes = new Set(examples.map(codeShape));
  const mixed = examples.some((e) => !oneCase(e));
  const tokens = [...utterance.matchAll(TOKEN)].map((m) => [m.index, m.index + m[0].length] as const);
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++)
    for (let j = i; j < Math.min(tokens.length, i + MOST_TOKENS); j++) {
      const span = utterance.slice(tokens[i]![0], tokens[j]![1]);
      const code = codeValue(span, pattern);
      if (!code || !shapes.has(codeShape(code)) || (!mixed && !oneCase(span))) continue;
      if (holdsWord(span)) continue;
      spans.push([tokens[i]![0], tokens[j]![1]]);
    }
  return spans;
}

/**
 * The code a span says, as the pattern takes it: the span itself, or digits said in two groups joined ("2019 4473"
 * → "20194473") when the pattern refuses the spaces; null when neither fits.
 */
export function codeValue(span: string, pattern: string): string | null {
  if (matchesPattern(span, pattern)) return span;
  const joined = span.replace(/\s+/g, '');
  return TWO_GROUPS.test(span) && matchesPattern(joined, pattern) ? joined : null;
}

/**
 * Whether a span read as a code holds a word of the language written as one, in small letters or capitalised
 * ("it is Hj7K", "i20 for"): such a word is said around a code, not in it ("AB12 CAT" in capitals may be one).
 */
export function holdsWord(span: string): boolean {
  return span
    .split(/\s+/)
    .some((t) => /^[A-Za-z][a-z]*$/.test(t) && (STOPWORDS.has(t.toLowerCase()) || isKnownWord(t)));
}

/** Whether the letters of a code are all capitals or all small ("KX19 LMF", "ab17 wzt"; not "A3 Sportback"). */
const oneCase = (code: string) => code === code.toUpperCase() || code === code.toLowerCase();
