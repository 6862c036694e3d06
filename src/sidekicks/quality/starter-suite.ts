import { contentWords } from '../../core/content-words.js';
import { sentences } from '../chat/embedded-answerer.js';
import type { CaseInput } from '../../db/quality-suites.js';

/**
 * The starter suite: test cases generated from a sidekick's knowledge base chunks, deterministically (the same
 * chunks give the same cases). Each document's sentences are weighed by the inverse document frequency of their
 * content words across all sentences (Luhn's significant-sentence idea, with tf-idf weights); the heaviest
 * sentences, taken from the documents in turn, become cases. A case asks about the sentence's most significant
 * words (rarest first, then longest), expects the sentence's weightiest other phrases (runs of adjacent content
 * words) as facts and cites the sentence's document. One last control case asks about something no document
 * contains and expects an honest refusal.
 */

/** A chunk of a document, as the generator reads it. */
export interface SourceChunk {
  documentId: string;
  title: string;
  text: string;
}

/** Cases in a starter suite. */
export const STARTER_CASES = 15;
/** Words a sentence needs to make a case (shorter ones are headings or fragments). */
const MIN_WORDS = 6;
/** Words above which a sentence is too long to ask about precisely. */
const MAX_WORDS = 60;
/** Significant words a question asks about, and facts a case expects. */
const QUESTION_TERMS = 3;
const FACTS = 2;

/** The control question: nothing in any knowledge base should answer it, so the sidekick should say so. */
export const CONTROL_QUESTION = 'What are the lottery numbers for next Saturday?';

interface Token {
  surface: string;
  stem: string;
  /** The word's position in the sentence (stop words count), so adjacent words make a phrase. */
  position: number;
}

interface Candidate {
  documentId: string;
  sentence: string;
  tokens: Token[];
  weight: number;
  order: number;
}

/** Generates up to STARTER_CASES cases from `chunks` (see the module comment); `tone` is every case's expected tone. */
export function starterCases(chunks: SourceChunk[], tone: string): CaseInput[] {
  const candidates = splitCandidates(chunks);
  const df = new Map<string, number>();
  for (const c of candidates)
    for (const stem of new Set(c.tokens.map((t) => t.stem))) df.set(stem, (df.get(stem) ?? 0) + 1);
  const idf = (stem: string) => Math.log(1 + candidates.length / (df.get(stem) ?? 1));
  // Among equally rare words, longer ones and numbers say more (a tie-break, small beside idf differences).
  const significance = (t: Token) => idf(t.stem) + t.surface.length * 0.01 + (/\d/.test(t.surface) ? 0.2 : 0);
  for (const c of candidates) c.weight = distinct(c.tokens).reduce((sum, t) => sum + idf(t.stem), 0);

  const cases: CaseInput[] = [];
  const seenQuestions = new Set<string>();
  for (const candidate of interleaveByDocument(candidates)) {
    if (cases.length >= STARTER_CASES - 1) break;
    const ranked = distinct(candidate.tokens).sort((a, b) => significance(b) - significance(a));
    const asked = new Set(ranked.slice(0, QUESTION_TERMS).map((t) => t.stem));
    const terms = distinct(candidate.tokens).filter((t) => asked.has(t.stem));
    const question = `What can you tell me about ${list(terms.map((t) => t.surface))}?`;
    if (seenQuestions.has(question)) continue;
    seenQuestions.add(question);
    const facts = phrases(candidate.tokens.filter((t) => !asked.has(t.stem)))
      .sort((a, b) => sum(b, significance) - sum(a, significance))
      .slice(0, FACTS)
      .map((p) => p.map((t) => t.surface).join(' '));
    cases.push({
      question,
      expectedFacts: facts.length > 0 ? facts : terms.map((t) => t.surface),
      expectedSources: [candidate.documentId],
      expectedTone: tone,
    });
  }
  cases.push({ question: CONTROL_QUESTION, expectedFacts: [], expectedSources: [], expectedTone: tone });
  return cases;
}

/** The sentences of the chunks that can make a case, in document order. */
function splitCandidates(chunks: SourceChunk[]): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const chunk of chunks)
    for (const sentence of sentences(chunk.text)) {
      const words = sentence.split(/\s+/).length;
      if (words < MIN_WORDS || words > MAX_WORDS || seen.has(sentence)) continue;
      seen.add(sentence);
      const tokens = tokenize(sentence);
      if (distinct(tokens).length < QUESTION_TERMS + 1) continue;
      out.push({ documentId: chunk.documentId, sentence, tokens, weight: 0, order: out.length });
    }
  return out;
}

/** The sentence's content words with their surface form (lower-cased), stem and position. */
function tokenize(sentence: string): Token[] {
  return (sentence.match(/[\p{L}\p{N}]+/gu) ?? []).flatMap((word, position) => {
    const [stem] = contentWords(word);
    return stem ? [{ surface: word.toLowerCase(), stem, position }] : [];
  });
}

/** Runs of adjacent tokens (at most 3 words each): the phrases a fact is stated in ("twelve months"). */
function phrases(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  for (const t of tokens) {
    const last = out.at(-1);
    if (last && last.at(-1)!.position === t.position - 1 && last.length < 3) last.push(t);
    else out.push([t]);
  }
  return out;
}

function sum(tokens: Token[], weight: (t: Token) => number): number {
  return tokens.reduce((total, t) => total + weight(t), 0);
}

/** Tokens with their first occurrence of each stem, in order. */
function distinct(tokens: Token[]): Token[] {
  const seen = new Set<string>();
  return tokens.filter((t) => !seen.has(t.stem) && seen.add(t.stem));
}

/** The candidates heaviest first within each document, taking one from each document in turn. */
function interleaveByDocument(candidates: Candidate[]): Candidate[] {
  const byDocument = new Map<string, Candidate[]>();
  for (const c of candidates) byDocument.set(c.documentId, [...(byDocument.get(c.documentId) ?? []), c]);
  const queues = [...byDocument.values()].map((list) =>
    [...list].sort((a, b) => b.weight - a.weight || a.order - b.order),
  );
  const out: Candidate[] = [];
  for (let i = 0; queues.some((q) => i < q.length); i++)
    for (const q of queues) if (i < q.length) out.push(q[i]!);
  return out;
}

/** "a, b and c". */
function list(words: string[]): string {
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? '');
}
