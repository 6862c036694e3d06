import Fuse from 'fuse.js';
import type { Field } from '../../../core/wizard/definition.js';
import { contentStems, expandStem, fieldStems, normalize, stem } from './normalize.js';
import { textKind } from './text-kind.js';
import { holdsYear } from '../../../core/wizard/field-types/year-number.js';

/**
 * Which field an agent's question asks about: "Which city?", "What time?", "Which restaurant do you want to
 * go to?". Question words give a type prior (when → date/time, how many → number-like, where → places); then
 * the question's content words are matched (stems + synonyms, and fuse.js for typos) against each field's name,
 * label, description and extraction hints.
 */

/** A comma before another question word: "What car is it, what year, and how many miles?" asks three things. */
const NEXT_QUESTION = /,\s*(?:and\s+)?(?=(?:[a-z]+\s+)?(?:what|which|how|when|where|who)\b)/i;
/** The score of a clause that asks for one field by its type and its words ("what year" for a year). */
const STRONG = 2;

/** The question sentences of an agent turn (sentences ending in "?", or the whole turn if none). */
function questions(agentUtterance: string): string[] {
  const sentences = agentUtterance.match(/[^.?!]+[.?!]?/g)?.map((s) => s.trim()) ?? [];
  const qs = sentences.filter(
    (s) => s.endsWith('?') || /^(?:please )?(?:tell|let me know|give|provide|say|enter)\b/i.test(s),
  );
  return qs.length ? qs : [agentUtterance];
}

const isPlace = (f: Field) =>
  ['location', 'origin', 'destination'].includes(textKind(f)) && f.type === 'text';
const isCount = (f: Field) =>
  f.type === 'number' ||
  (f.type === 'text' && textKind(f) === 'count') ||
  (Boolean(f.options?.length) && f.options!.every((o) => /^\d+$/.test(o.value)));

/** The noun a "how many …" question counts ("how many days?" → "day"), as a stem. */
function countedNoun(q: string): string | null {
  const m = /\bhow many (\w+)/.exec(q);
  return m ? stem(m[1]!) : null;
}

function prior(q: string, f: Field): number {
  let s = 0;
  if (
    /\bwhat time\b|\bwhen\b.*\b(?:leave|start|arrive|go off|ring|time)\b|\bwhich time\b|\bat what time\b/.test(
      q,
    ) &&
    (f.type === 'time' || f.type === 'datetime')
  )
    s += 2;
  if (
    /\b(?:what|which) (?:day|date)\b|\bwhen\b|\bon which day\b/.test(q) &&
    (f.type === 'date' || f.type === 'datetime')
  )
    s += 1.5;
  if (/\bhow many\b|\bfor how many\b|\bnumber of\b/.test(q) && isCount(f)) {
    s += 1;
    // "Reservation is for how many days?" counts days, whatever else the sentence mentions
    const noun = countedNoun(q);
    const own = fieldStems(f, false);
    if (noun && (own.includes(noun) || own.some((o) => expandStem(noun).has(o)))) s += 1;
  }
  if (
    /\bwhere\b|\bwhich (?:city|location|area|town|place)\b|\bwhat (?:city|location|area|town)\b/.test(q) &&
    isPlace(f)
  )
    s += 1;
  if (/\b(?:what|which) year\b/.test(q) && holdsYear(f)) s += 2;
  if (/\b(?:e-?mail)\b/.test(q) && f.type === 'email') s += 2;
  if (/\b(?:phone|number to reach|call you)\b/.test(q) && f.type === 'phone') s += 2;
  if (/\b(?:website|url|site|link)\b/.test(q) && f.type === 'url') s += 2;
  if (/\b(?:colou?r)\b/.test(q) && f.type === 'color') s += 2;
  return s;
}

function overlap(q: string, f: Field): number {
  const qStems = contentStems(q);
  const own = fieldStems(f, false);
  const desc = f.description ? contentStems(f.description) : [];
  let score = 0;
  for (const s of new Set(qStems)) {
    const syn = expandStem(s);
    if (own.includes(s)) score += 1;
    else if (own.some((o) => syn.has(o))) score += 0.6;
    else if (desc.includes(s)) score += 0.4;
    else if (desc.some((o) => syn.has(o))) score += 0.2;
  }
  if (!score && qStems.length) {
    const fuse = new Fuse(own, { includeScore: true, threshold: 0.25 });
    for (const s of qStems) if (s.length >= 4 && fuse.search(s).length) score += 0.4;
  }
  return score;
}

/**
 * Fields the agent's question asks about, best first (each with a score > 0.9). Several when the agent asks two
 * things ("Which city, and what time?"); the order of the questions in the turn is kept.
 */
export function fieldsAskedAbout(agentUtterance: string, fields: Field[]): Field[] {
  const out: Array<{ field: Field; score: number; q: number }> = [];
  const score = (raw: string) => {
    const q = normalize(raw);
    return fields
      .map((field) => ({ field, score: prior(q, field) + overlap(q, field) }))
      .sort((a, b) => b.score - a.score);
  };
  questions(agentUtterance).forEach((raw, qi) => {
    const scored = score(raw);
    const top = scored[0];
    if (!top || top.score < 0.9) return;
    // "where are you leaving from and where are you going?" may name two fields in one sentence
    for (const s of scored) if (s.score >= 0.9 && s.score >= top.score - 0.3) out.push({ ...s, q: qi });
    // "What car is it, what year, and how many miles?": a clause that clearly asks for another field
    const clauses = raw.split(NEXT_QUESTION);
    if (clauses.length > 1)
      for (const clause of clauses) {
        const best = score(clause)[0];
        if (best && best.score >= STRONG) out.push({ ...best, q: qi });
      }
  });
  const seen = new Set<string>();
  return out
    .sort((a, b) => a.q - b.q || b.score - a.score)
    .filter((o) => (seen.has(o.field.name) ? false : (seen.add(o.field.name), true)))
    .map((o) => o.field);
}

/** The field the agent's question asks about, or null when no field fits clearly. */
export function fieldAskedAbout(agentUtterance: string, fields: Field[]): Field | null {
  return fieldsAskedAbout(agentUtterance, fields)[0] ?? null;
}
