import type { Field } from '../../../core/wizard/definition.js';
import { textKind } from '../extract/text-kind.js';
import { contentStems, stripFillers } from '../extract/normalize.js';
import { isOptionFragment } from './leftover.js';
import { withoutSpans } from './spans.js';
import type { Candidate } from './plan.js';

/**
 * The kind a thing is said to be: "It's a Skoda Octavia estate", "she's a Holland Lop bunny", "hes a pitbull",
 * "my car's a VW Polo". Such a clause answers a short free-text field that holds what kind of thing it is (a
 * make and model, a breed), whatever else the line says. Pure.
 */

/** The thing spoken of (a pronoun or a possessed noun), its linking verb and an indefinite article. */
const KIND_CLAUSE =
  /\b(?:it|she|he|they|mine|(?:my|our|his|her|their|the)\s+[a-z]+)(?:'s|’s|s|\s+is|\s+was|'re|’re|\s+are)\s+(?:a|an)\s+([^,.;:!?()]+)/gi;

/** Words that end the kind and start another clause ("a beagle and she's 3", "a Golf which needs …"). */
const CLAUSE_WORD =
  /\s+(?:and|but|so|because|cause|who|which|that|with|for|from|since|though|although|if|when|while|as)\b.*$/i;

/**
 * Whether `field` may take the kind a thing is said to be: one-line free text of a generic or category kind
 * (not a name, a place, an organisation or a title), without a pattern (a patterned field holds a code).
 */
export function takesKind(field: Field): boolean {
  const kind = textKind(field);
  return field.type === 'text' && !field.validation?.pattern && (kind === 'generic' || kind === 'category');
}

/**
 * The kind said in `utterance` for `field` ("It's a Skoda Octavia estate, reg KX19 LMF" → "Skoda Octavia
 * estate"), cut before another value of `others` said inside it and before a clause word, pleasantries
 * stripped; confidence 0.8, its span the kind's words no other value took. Null when the field takes no kind
 * (`takesKind`), when no such clause occurs, or when nothing but option words of another value is left ("she's
 * a dog" once the species took "dog").
 */
export function kindComplement(
  utterance: string,
  field: Field,
  others: Candidate[],
  fields: Field[],
): Candidate | null {
  if (!takesKind(field)) return null;
  for (const m of utterance.matchAll(KIND_CLAUSE)) {
    let kind = m[1]!;
    // "a vw polo reg ab17 wzt": another field's value ends the kind; an option's word ("a Holland Lop bunny")
    // may be part of it
    for (const o of others) {
      const other = fields.find((f) => f.name === o.field);
      if (o.field === field.name || !o.span || !other || (other.options?.length ?? 0) > 0) continue;
      const at = kind.toLowerCase().indexOf(o.span.toLowerCase());
      if (at > 0) kind = withoutLeadIn(kind.slice(0, at), other);
    }
    kind = stripFillers(kind.replace(CLAUSE_WORD, ''));
    if (!kind || kind.split(/\s+/).length > 6 || onlyOptionWords(kind, others, fields)) continue;
    // the span is the kind's own words: an option word inside it ("Holland Lop bunny") stays the option's too
    const own = withoutSpans(
      kind,
      others.filter((o) => o.field !== field.name && o.span).map((o) => o.span!),
    );
    return { field: field.name, value: kind, confidence: 0.8, extractor: 'kind-complement', span: own };
  }
  return null;
}

/** Whether `kind` holds no content word, or only words of an option another value chose ("dog" of "a dog"). */
function onlyOptionWords(kind: string, others: Candidate[], fields: Field[]): boolean {
  return contentStems(kind).length === 0 || isOptionFragment(kind, others, fields);
}

/**
 * `text` without the words that introduce the value of `other` said right after it: a linking verb and the
 * field's own words or their clipped forms ("vw polo reg" before a registration → "vw polo"; "plate is").
 */
function withoutLeadIn(text: string, other: Field): string {
  const own = `${other.name.replace(/_/g, ' ')} ${other.label}`.toLowerCase().split(/[^a-z]+/);
  const introduces = (w: string) =>
    /^(?:is|was|are|its|it's|my|the|number|no|:)$/.test(w) ||
    (w.length >= 3 && own.some((o) => o.startsWith(w)));
  const words = text.trim().split(/\s+/);
  while (words.length > 0 && introduces(words[words.length - 1]!.toLowerCase())) words.pop();
  return words.join(' ');
}
