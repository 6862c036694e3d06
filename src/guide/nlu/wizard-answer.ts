import type { Field, WizardDefinition } from '../../core/wizard/definition.js';
import { STOP_WORDS, contentWords as sharedContentWords, lightStem } from '../../core/content-words.js';
import { fieldPhrases } from './intents.js';

/**
 * Answers a person's question from the wizard's own texts (its description, the steps' instructions, the
 * fields' descriptions and option labels) by the clause that best covers the question's content words: a
 * small sentence-level BM25-like overlap (each question word weighted by its inverse frequency over the
 * clauses). Words that only name a field or an option ("does the deep dive …") and words that only say what
 * kind of question it is ("options", "required", "mean") are not content: they pick the field, not the fact.
 */

/** Share of the question's content weight the best clause must cover to answer it. */
const MIN_COVERAGE = 0.5;

/**
 * Function words, the interjections and fillers of a spoken question ("btw", "oh", "hmm", "sorry"), and
 * "one" as a pronoun ("can I skip this one?").
 */
const QUESTION_STOP_WORDS: ReadonlySet<string> = new Set([
  ...STOP_WORDS,
  ...'btw oh ok okay um hey hi actually really still between huh hmm eh sorry wait one'.split(' '),
]);

/**
 * Words that say what kind of question it is, not what it is about ("what are the options?", "is it required?",
 * "what do you mean?"): such questions are answered from the field they name (see `answerQuestion`).
 */
const META_WORDS = new Set(
  `option choice choose pick kind type sort difference available require required mandatory optional necessary
  obligatory skip need must mean meaning put write enter fill say example format explain answer field form want
  like use`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => lightStem(w)),
);

/** The text's words, lower-cased and lightly stemmed (plural, -ing and -ed endings dropped); no stop words. */
function contentWords(text: string): string[] {
  return sharedContentWords(text, QUESTION_STOP_WORDS);
}

/**
 * The wizard's own texts a question can be answered from, as clauses: the description, each step's
 * instruction, each field's description and each option's label, split into sentences and then at ":" and
 * ";" (a clause answers more to the point than a long sentence).
 */
export function wizardClauses(definition: Pick<WizardDefinition, 'description' | 'steps'>): string[] {
  const texts: string[] = [definition.description];
  for (const step of definition.steps) {
    texts.push(step.instruction ?? '');
    for (const field of step.fields) {
      texts.push(field.description ?? '');
      for (const option of field.options ?? []) texts.push(option.label);
    }
  }
  const clauses = texts
    .flatMap((t) => t.split(/(?<=[.!?])\s+|\n+|\s*[:;]\s+/))
    .map((c) => c.trim().replace(/[,\s]+$/, ''))
    .filter((c) => contentWords(c).length > 0);
  return [...new Set(clauses)];
}

/**
 * The words that name a field or an option in `question` (whole phrases of `fieldPhrases`, option labels
 * without their parenthesised part, and option synonyms), as content words.
 */
export function namingWords(question: string, fields: Field[]): Set<string> {
  const q = ` ${question.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const out = new Set<string>();
  const consider = (phrase: string) => {
    const p = phrase
      .toLowerCase()
      .replace(/\([^)]*\)/g, ' ')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (p && q.includes(` ${p} `)) for (const w of contentWords(p)) out.add(w);
  };
  for (const field of fields) {
    for (const phrase of fieldPhrases(field)) consider(phrase);
    for (const option of field.options ?? []) {
      consider(option.label);
      for (const synonym of option.synonyms ?? []) consider(synonym);
    }
  }
  return out;
}

/**
 * The question's content words that neither name a field or option of `fields` nor only say what kind of
 * question it is. Empty for "what are the options again?", "what's a member ID?", "what do you mean?".
 */
export function questionTerms(question: string, fields: Field[]): string[] {
  const naming = namingWords(question, fields);
  return [...new Set(contentWords(question))].filter((w) => !naming.has(w) && !META_WORDS.has(w));
}

/**
 * The clause of `clauses` that best answers a question whose content words are `terms`, or null when none
 * covers at least half of their weight (then the wizard does not say). Each term weighs
 * log(1 + (N + 1) / (df + 0.5)) over the N clauses, so a word no clause has weighs most; shorter clauses
 * win ties.
 */
export function bestClause(terms: string[], clauses: string[]): string | null {
  if (terms.length === 0 || clauses.length === 0) return null;
  const split = clauses.map((clause) => ({ clause, words: new Set(contentWords(clause)) }));
  const weight = new Map(
    terms.map((t) => {
      const df = split.filter((s) => s.words.has(t)).length;
      return [t, Math.log(1 + (split.length + 1) / (df + 0.5))];
    }),
  );
  const total = terms.reduce((sum, t) => sum + weight.get(t)!, 0);
  let best: { clause: string; score: number } | null = null;
  for (const s of split) {
    const coverage = terms.filter((t) => s.words.has(t)).reduce((sum, t) => sum + weight.get(t)!, 0) / total;
    if (coverage < MIN_COVERAGE) continue;
    const score = coverage - s.words.size * 0.002;
    if (!best || score > best.score) best = { clause: s.clause, score };
  }
  return best?.clause ?? null;
}

/** The honest answer when the wizard's texts say nothing on a question. */
export const UNKNOWN_ANSWER = "Sorry, I don't know that — this form doesn't say.";

/**
 * The answer to `question` from the wizard's texts: the best clause as a sentence, `UNKNOWN_ANSWER` when the
 * question has content words but no clause covers them, or null when it has none (a question about a field or
 * its options, answered from that field).
 */
export function answerFromWizard(question: string, fields: Field[], clauses: string[]): string | null {
  const terms = questionTerms(question, fields);
  if (terms.length === 0) return null;
  const clause = bestClause(terms, clauses);
  if (!clause) return UNKNOWN_ANSWER;
  return /[.!?]$/.test(clause) ? clause : `${clause}.`;
}
