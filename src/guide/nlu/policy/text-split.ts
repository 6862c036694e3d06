import type { Field } from '../../../core/wizard/definition.js';
import { splitSentences } from '../sentence-split.js';
import { contentStems } from '../extract/normalize.js';
import { wholeTitle } from '../extract/whole-title.js';
import { isLongText } from './embedded.js';
import { freeTextAnswer, isFreeText, leadingName } from './free-text.js';
import { isEntityNameField } from '../extract/offered-entity.js';
import type { Candidate, ExtractContext, Nlu } from './plan.js';
import { stripFillers } from '../extract/normalize.js';
import { isPersonNameField } from '../extract/text-kind.js';
import { isTitleField } from '../extract/whole-title.js';
import { withoutSpans } from './spans.js';

/**
 * One answer to two or more free-text questions asked together ("Is there a buzzer code …? And what would
 * you like us to focus on?", "What's the title of your talk, and what is it about?"), shared out sentence by
 * sentence. Pure.
 */

/** Longest part (in words) still read as a short line: a title, an entry note. */
const SHORT_LINE = 16;

/** Whether most longer words of a line are capitalised ("Postgres Is Enough."): a title, not a sentence. */
function titleCased(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /^[\p{L}]{4,}/u.test(w));
  return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

/** The content-word stems of a field's own texts: name, label, description, extraction hints. */
function fieldStems(field: Field): Set<string> {
  const text = [
    field.name.replace(/_/g, ' '),
    field.label,
    field.description ?? '',
    ...(field.extraction_hints ?? []),
  ];
  return new Set(contentStems(text.join(' ')).filter((s) => s.length >= 3));
}

/** The one field whose own texts share the most content words with `part`; null on none or a tie. */
function bestFit(part: string, fields: Field[]): Field | null {
  const said = new Set(contentStems(part));
  let best: Field | null = null;
  let top = 0;
  let tie = false;
  for (const field of fields) {
    const score = [...fieldStems(field)].filter((s) => said.has(s)).length;
    if (score > top) [best, top, tie] = [field, score, false];
    else if (score === top && score > 0) tie = true;
  }
  return top > 0 && !tie ? best : null;
}

/**
 * The words of `utterance` for each asked free-text field, when at least two are asked and one of them holds
 * a description (`isLongText`); null otherwise. Each sentence goes to the field whose label, description or
 * hints share the most words with it ("concierge will let you in" → the entry instructions); else one led by
 * a name ("Rex, he's a collie") goes to the name field asked without words yet; else a short
 * line (≤ 16 words, no question, no full stop unless title-cased) goes to the first short field without words yet (a talk's title), and a
 * longer one to the first description; a sentence that fits nothing after a description's sentence goes on
 * it. Returns field name → text, fields in asked order, without fields that got nothing.
 */
export function splitFreeText(utterance: string, asked: Field[]): Map<string, string> | null {
  const texts = asked.filter(isFreeText);
  if (texts.length < 2 || !texts.some(isLongText)) return null;
  const parts = new Map<string, string[]>();
  let last: Field | null = null;
  for (const part of splitSentences(utterance)) {
    const words = part.split(/\s+/).length;
    const short = words <= SHORT_LINE && !!wholeTitle(part) && (!/[.!]$/.test(part) || titleCased(part));
    // "Tank, he's a frenchie …": a sentence led by a name starts with the answer to the name asked
    const named = leadingName(part)
      ? texts.find((f) => isEntityNameField(f) && !parts.has(f.name))
      : undefined;
    const fit: Field =
      bestFit(part, texts) ??
      named ??
      (last && isLongText(last) ? last : null) ??
      (short ? texts.find((f) => !isLongText(f) && !parts.has(f.name)) : undefined) ??
      texts.find(isLongText)!;
    parts.set(fit.name, [...(parts.get(fit.name) ?? []), part]);
    last = fit;
  }
  const out = new Map<string, string>();
  for (const f of texts) if (parts.has(f.name)) out.set(f.name, parts.get(f.name)!.join(' '));
  return out;
}

/**
 * The value of `field` from the sentences `splitFreeText` gave it. A description, a title or a person's name
 * is read by the field's extractor (`freeTextAnswer`); another short field (entry instructions, a cover
 * note's subject) keeps the sentences as said, less the values of `others` and pleasantries, at 0.8. Null
 * when nothing is left.
 */
export function partAnswer(
  nlu: Nlu,
  part: string,
  field: Field,
  others: Candidate[],
  fields: Field[],
  ctx: ExtractContext,
): Candidate | null {
  if (isLongText(field) || isTitleField(field) || isPersonNameField(field))
    return freeTextAnswer(nlu, part, field, others, fields, ctx);
  const own = others.filter(
    (o) => o.field !== field.name && o.span && !fields.some((f) => f.name === o.field && isFreeText(f)),
  );
  const value = stripFillers(
    withoutSpans(
      part,
      own.map((o) => o.span!),
    ),
  ).replace(/\.$/, '');
  if (!value) return null;
  return { field: field.name, value, confidence: 0.8, extractor: 'free-text-part', span: part };
}
