import type { Field } from '../../../core/wizard/definition.js';
import { holdsPattern, patternSpans, type PatternSpan } from './pattern-span.js';
import type { Candidate } from './types.js';
import { escapeRegExp } from './normalize.js';
import { fieldsAskedAbout } from './asked-field.js';

/**
 * Values of pattern fields (postcodes, booking references: `holdsPattern`) said without being asked: "I'd
 * like a quote for 7 Mill Lane, Hebden Bridge, HX7 8EE" gives the postcode. A span of letters and digits
 * that fits a field's pattern identifies that field; digits alone ("62704") may be any number, so they are
 * taken only after the field's own words ("zip 62704", "my member number is 00123456") or when the agent's
 * last line (`agentUtterance`) named the field.
 */

/** Words of a label that name no field on their own ("Membership number" is named by "membership"). */
const GENERIC = new Set([
  'number',
  'code',
  'no',
  'id',
  'reference',
  'ref',
  'the',
  'your',
  'our',
  'of',
  'and',
]);
/** Words that may stand between a field's words and its value: "zip code is", "postcode: ", "ref no. ". */
const BETWEEN =
  /^(?:[\s:#=,.-]|\b(?:is|was|it's|its|code|number|no|id|ref|reference|will be|should be)\b)*$/i;

/** The words that name `field`: its label, its name's words, and the label's distinctive words. */
function namingWords(field: Field): string[] {
  const words = [field.label, field.name.replace(/_/g, ' ')].map((w) => w.toLowerCase().trim());
  for (const w of `${field.label} ${field.name.replace(/_/g, ' ')}`.toLowerCase().split(/[^a-z]+/))
    if (w.length >= 3 && !GENERIC.has(w)) words.push(w);
  return [...new Set(words.filter(Boolean))];
}

/** Whether `field`'s words come right before the span ("postcode is LS6 2AB", "zip: 62704"). */
function namedBefore(utterance: string, span: PatternSpan, field: Field): boolean {
  const before = utterance.slice(0, span.index).toLowerCase();
  return namingWords(field).some((w) => {
    const at = before.lastIndexOf(w);
    return at >= 0 && !/[a-z]/.test(before[at - 1] ?? ' ') && BETWEEN.test(before.slice(at + w.length));
  });
}

/** Whether the words of a value already found hold the span ("2 bed", "07700 900461"). */
function taken(span: PatternSpan, out: Candidate[]): boolean {
  const s = span.span.toLowerCase();
  return out.some((c) => {
    const o = (c.span ?? '').toLowerCase();
    return o !== '' && (o.includes(s) || s.includes(o));
  });
}

/**
 * Candidates (0.9, extractor `pattern`) for the pattern fields of `fields` not in `out`, from spans no value of
 * `out` used (see the module comment). A span that fits several fields' patterns goes to the one named before
 * it, else to the one the agent's last line asks about alone (`fieldsAskedAbout`), else to none; of several spans for one field the longest wins, the last said of equally long ones.
 */
export function patternCandidates(
  utterance: string,
  fields: Field[],
  out: Candidate[],
  agentUtterance?: string,
): Candidate[] {
  const takers = fields.filter((f) => holdsPattern(f) && !out.some((c) => c.field === f.name));
  // "What street address and ZIP code …?" — "350 Fifth Avenue, 10118": digits for the field just asked
  const asked = (field: Field) =>
    !!agentUtterance &&
    namingWords(field).some((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`, 'i').test(agentUtterance));
  const found = takers.map((field) => ({
    field,
    spans: patternSpans(utterance, field).filter(
      (s) => !taken(s, out) && (!s.digitsOnly || asked(field) || namedBefore(utterance, s, field)),
    ),
  }));
  const result: Candidate[] = [];
  for (const { field, spans } of found) {
    const own = spans.filter((s) => {
      const rivals = found.filter((o) => o.field !== field && o.spans.some((r) => r.index === s.index));
      if (rivals.length === 0 || namedBefore(utterance, s, field)) return true;
      // else to the one the agent just asked about, when no rival is named before it
      if (!agentUtterance || rivals.some((r) => namedBefore(utterance, s, r.field))) return false;
      const askedNow = fieldsAskedAbout(agentUtterance, [field, ...rivals.map((r) => r.field)]);
      return askedNow.length === 1 && askedNow[0] === field;
    });
    let best: PatternSpan | undefined;
    for (const s of own) if (!best || s.span.length >= best.span.length) best = s;
    if (best)
      result.push({
        field: field.name,
        value: best.value,
        confidence: 0.9,
        extractor: 'pattern',
        span: best.span,
      });
  }
  return result;
}
