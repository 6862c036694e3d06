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
    const close = () => {
      const code = run.join(' ');
      if (/\d/.test(code) && /[A-Za-z]/.test(code) && matchesPattern(code, pattern)) found.add(code);
      run = [];
    };
    for (const word of text.split(/\s+/)) {
      // "(e.g. KX19 LMF)": a bracket or a stop ends a run; the token is the word without them
      const [, open = '', token = '', shut = ''] = /^([([{"'“]*)(.*?)([)\]}"'”,;:.!?]*)$/.exec(word) ?? [];
      if (open) close();
      if (token && codeToken(token)) run.push(token);
      else close();
      if (shut) close();
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
      if (!shapes.has(codeShape(span)) || !matchesPattern(span, pattern) || (!mixed && !oneCase(span)))
        continue;
      if (holdsWord(span)) continue;
      spans.push([tokens[i]![0], tokens[j]![1]]);
    }
  return spans;
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
