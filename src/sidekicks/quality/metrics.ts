import type { QualityCriterion } from '../../core/quality.js';
import type { StoredScore } from '../../db/schema-quality.js';
import { contentWords } from '../../core/content-words.js';
import type { Answer } from '../chat/embedded-answerer.js';

/**
 * The deterministic metrics a run uses with no LLM, each scaled to 0–10: fact recall (share of the expected
 * facts the answer states), citation precision and recall (of the cited documents against the expected sources,
 * as in IR evaluation), refusal (whether the answer refused exactly when the case expects nothing to be known)
 * and length (full marks between MIN_WORDS and MAX_WORDS words). A metric that does not apply to a case (no
 * expected facts, no expected sources) is left out.
 */

/** What a case expects, as the metrics read it. */
export interface Expectation {
  expectedFacts: string[];
  expectedSources: string[];
}

const MIN_WORDS = 5;
const MAX_WORDS = 250;
const REFUSAL = /\b(i don'?t know|i do not know|has nothing on|no information|cannot find|can't find)\b/i;

/** Whether an answer refuses (the embedded answerer's `unknown`, or words of refusal). */
export function refuses(answer: Pick<Answer, 'text' | 'unknown'>): boolean {
  return answer.unknown || REFUSAL.test(answer.text);
}

/** Whether `text` states `fact`: all the fact's content words appear in it (or, without any, the phrase does). */
export function statesFact(text: string, fact: string): boolean {
  const words = contentWords(fact);
  if (words.length === 0) return text.toLowerCase().includes(fact.toLowerCase().trim());
  const have = new Set(contentWords(text));
  return words.every((w) => have.has(w));
}

/** The deterministic scores of an answer to a case (see the module comment). */
export function deterministicScores(
  expectation: Expectation,
  answer: Answer,
): Partial<Record<QualityCriterion, StoredScore>> {
  const scores: Partial<Record<QualityCriterion, StoredScore>> = {};
  const { expectedFacts, expectedSources } = expectation;
  if (expectedFacts.length > 0) {
    const missing = expectedFacts.filter((f) => !statesFact(answer.text, f));
    scores.fact_recall = share(
      expectedFacts.length - missing.length,
      expectedFacts.length,
      missing.length ? `missing: ${missing.map((f) => `"${f}"`).join(', ')}` : 'states every expected fact',
    );
  }
  const cited = [...new Set(answer.citations.map((c) => c.document_id))];
  if (expectedSources.length > 0) {
    const right = cited.filter((d) => expectedSources.includes(d)).length;
    scores.citation_precision =
      cited.length === 0
        ? { score: 0, reason: 'cites nothing' }
        : share(right, cited.length, `${right} of ${cited.length} cited documents are expected sources`);
    const found = expectedSources.filter((d) => cited.includes(d)).length;
    scores.citation_recall = share(
      found,
      expectedSources.length,
      `cites ${found} of ${expectedSources.length} expected sources`,
    );
  }
  const shouldRefuse = expectedFacts.length === 0 && expectedSources.length === 0;
  const refused = refuses(answer);
  scores.refusal = {
    score: refused === shouldRefuse ? 10 : 0,
    reason: shouldRefuse
      ? refused
        ? 'says plainly that it does not know'
        : 'answers although nothing is known'
      : refused
        ? 'refuses although the documents answer it'
        : 'answers',
  };
  const words = answer.text.split(/\s+/).filter(Boolean).length;
  scores.length = {
    score:
      words < MIN_WORDS
        ? round((words / MIN_WORDS) * 10)
        : words > MAX_WORDS
          ? round(Math.max(0, 10 - ((words - MAX_WORDS) / MAX_WORDS) * 10))
          : 10,
    reason: `${words} words (${MIN_WORDS}–${MAX_WORDS} score full marks)`,
  };
  return scores;
}

function share(part: number, whole: number, reason: string): StoredScore {
  return { score: round((part / whole) * 10), reason };
}

/** Rounds to one decimal. */
export function round(n: number): number {
  return Math.round(n * 10) / 10;
}
