import type { KnowledgePassage } from '../../knowledge/retrieve.js';
import { contentWords } from '../../core/content-words.js';

/**
 * The embedded answerer: answers a question with no LLM, from retrieved passages only. It splits the passages
 * into sentences, scores each by the inverse-document-frequency weight of the question's words it contains
 * (a sentence-level BM25-like overlap, after Luhn-style extractive summarisation), keeps the best sentences that
 * cover enough of the question, quotes them and cites each. When no sentence covers the question it says so
 * plainly instead of inventing.
 */

/** A citation of an answer: the passage it quotes and the quoted sentence(s). */
export interface AnswerCitation {
  document_id: string;
  title: string;
  page: number | null;
  quote: string;
  /** The passage's chunk id (what the benchmark compares with gold passages). */
  chunk_id: string;
}

/** What an answerer says: the text (markdown, citations as `[n]`) and the numbered citations. */
export interface Answer {
  text: string;
  citations: AnswerCitation[];
  /** True when the knowledge base had nothing on the question. */
  unknown: boolean;
}

/** Most sentences an answer quotes. */
const MAX_SENTENCES = 2;
/** Share of the question's weight a sentence must cover to answer it. */
const MIN_COVERAGE = 0.34;

/** The sentences of a text (split after `.`, `!` or `?` followed by a space, or at line breaks). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

interface Candidate {
  sentence: string;
  passage: KnowledgePassage;
  score: number;
  coverage: number;
  order: number;
}

/** The best sentences for the question, best first, each covering at least MIN_COVERAGE of its weight. */
export function bestSentences(question: string, passages: KnowledgePassage[]): Candidate[] {
  const terms = [...new Set(contentWords(question))];
  if (terms.length === 0) return [];
  const split = passages.flatMap((passage) =>
    sentences(passage.text).map((sentence) => ({
      passage,
      sentence,
      words: new Set(contentWords(sentence)),
    })),
  );
  if (split.length === 0) return [];
  const weight = new Map(
    terms.map((t) => {
      const df = split.filter((s) => s.words.has(t)).length;
      return [t, Math.log(1 + (split.length + 1) / (df + 0.5))];
    }),
  );
  const total = terms.reduce((sum, t) => sum + weight.get(t)!, 0);
  return split
    .map((s, order) => {
      const covered = terms.filter((t) => s.words.has(t)).reduce((sum, t) => sum + weight.get(t)!, 0);
      // Shorter sentences win ties; passages ranked higher by retrieval win a little.
      const score = covered / total - s.words.size * 0.002 - (s.passage.rank - 1) * 0.01;
      return { sentence: s.sentence, passage: s.passage, score, coverage: covered / total, order };
    })
    .filter((c) => c.coverage >= MIN_COVERAGE)
    .sort((a, b) => b.score - a.score || a.order - b.order);
}

/** The answer when the knowledge base has nothing on the question. */
export const UNKNOWN_ANSWER =
  "I don't know: my knowledge base has nothing on that question, so I'd rather not guess. Try asking about something in my documents.";

/**
 * Answers `question` from `passages` (see the module comment). `greeting` is the sidekick's greeting; its
 * opening words ("Hi there!") open the answer, so the answer sounds like the sidekick.
 */
export function answerFromPassages(
  question: string,
  passages: KnowledgePassage[],
  greeting?: string | null,
): Answer {
  const best = bestSentences(question, passages);
  const chosen: Candidate[] = [];
  for (const candidate of best) {
    if (chosen.length >= MAX_SENTENCES) break;
    if (chosen.some((c) => c.sentence === candidate.sentence)) continue;
    if (chosen.length > 0 && candidate.score < chosen[0]!.score * 0.8) break;
    chosen.push(candidate);
  }
  if (chosen.length === 0) return { text: UNKNOWN_ANSWER, citations: [], unknown: true };
  const citations: AnswerCitation[] = [];
  const lines = chosen.map((c) => {
    let index = citations.findIndex((x) => x.chunk_id === c.passage.chunkId);
    if (index < 0) {
      citations.push({
        document_id: c.passage.documentId,
        title: c.passage.documentTitle,
        page: c.passage.page,
        quote: c.sentence,
        chunk_id: c.passage.chunkId,
      });
      index = citations.length - 1;
    } else citations[index]!.quote += ` ${c.sentence}`;
    return `> ${c.sentence} [${index + 1}]`;
  });
  const opening = greetingOpening(greeting);
  const intro = `${opening ? `${opening} ` : ''}Here is what my documents say:`;
  return { text: `${intro}\n\n${lines.join('\n>\n')}`, citations, unknown: false };
}

/** The greeting's first exclamation or short salutation ("Hi there!"), or null. */
function greetingOpening(greeting?: string | null): string | null {
  const first = greeting?.trim().match(/^[^.!?]{1,30}[!]/)?.[0];
  return first ?? null;
}

/** Splits a text into stream deltas: each word with the whitespace before it. */
export function wordDeltas(text: string): string[] {
  return text.match(/\s*\S+/g) ?? [];
}
