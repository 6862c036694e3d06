import { isAbbreviation } from '../extract/titles.js';
import { holdsPattern } from '../extract/pattern-span.js';
import type { Field } from '../../../core/wizard/definition.js';
import { fieldPhrases } from '../intents.js';
import type { Candidate, ExtractContext, Nlu } from './plan.js';
import { spansOverlap, withoutSpans } from './spans.js';
import { withoutOtherFieldRequests } from './field-requests.js';
import { isDeferral } from './deferral.js';
import { withholdsDetails } from './withheld-details.js';
import { isNoValueLeft } from './leftover.js';
import { kindComplement } from './kind-complement.js';
import { holdsProse } from '../extract/text-kind.js';
import { isPlainRemarkForAddress } from './address-remark.js';
import { ENDEARMENTS } from '../endearments.js';

/** Free-text answers that leave out the words other values of the same utterance used. Pure. */

const FREE_TEXT = new Set<Field['type']>(['text', 'textarea', 'rich_text', 'voice_only']);

/**
 * Whether a field takes free text (its extractor may grab any words). A text field with a pattern that
 * identifies its values (a postcode, a booking reference: `holdsPattern`) takes only what matches it: a typed
 * value like an email.
 */
export function isFreeText(field: Field): boolean {
  return FREE_TEXT.has(field.type) && !holdsPattern(field);
}

const FILLER_WORDS = new Set(
  (
    'a ahead all alright alrighty and any anything appreciate are be bye can continue cool correct do does else fine for go good great ' +
    "help i i'd i'll i'm is it it's just let's like lot me much my need no nope nothing now ok okay okey okie one perfect proceed " +
    "please right so sounds sure thank thanks that that's the then there this those to too very want was we " +
    'well what will with work works would wonderful yeah yep yes you your ' +
    // approving or confirming: "yes, that's everything, submit it", "noted, thanks"
    'agree agreed confirm confirmed done everything finished got looks noted send submit understood ' +
    // interjections and set phrases: "no worries", "fine by me", "nothing to add", "oops, my", "fair enough"
    'add ah by cheers enough fair grand hmm k lovely mhm nothin oh on oops problem sorry spot um uh worries ' +
    // informal yes and thanks: "ya thats fine", "yup", "kk, thx"
    'ya yah yea yeah yeh yup aye kk thx ty pls plz rite gud ' +
    // verbs of choosing, left when the choice was another field's ("just use the standard configuration")
    'choose pick stick take use ' +
    // understanding and endearments said to a review or a note: "got it, makes sense", "yes dear, all correct"
    'make makes sense clear understand brilliant excellent nice absolutely indeed ' +
    `${ENDEARMENTS.join(' ')} ` +
    // holding on or going back: "hang on, go back a sec", "wait a moment"
    'hang hold back sec second moment wait'
  ).split(' '),
);
/** A filler word written without its apostrophe ("thats", "its", "lets"), as the filler word. */
const UNAPOSTROPHED = new Map(
  [...FILLER_WORDS].filter((w) => w.includes("'")).map((w) => [w.replace(/'/g, ''), w] as const),
);

/**
 * Whether a free-text value is only pleasantries or approval ("Thanks so much", "That one works", "yes,
 * that's everything, submit it"): no answer at all.
 */
export function isFillerOnly(value: unknown): boolean {
  if (typeof value !== 'string' || /\d/.test(value)) return false;
  const words = value
    .toLowerCase()
    .replace(/[^a-z' ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  // "everything's correct, please submit": a filler word with "'s" after it is that word
  return words.every(
    (w) => FILLER_WORDS.has(w) || UNAPOSTROPHED.has(w) || FILLER_WORDS.has(w.replace(/'s$/, '')),
  );
}

/** Only capitalised words (a name), 1–4 of them: "Ada Lovelace", not "I'd like to fly". */
const NAME_ONLY =
  /^(?!(?:I|I'm|I'd|I'll|We|It|It's|This|That|The|My)\b)\p{Lu}[\p{L}\p{M}\w'’.&-]*(?:\s+\p{Lu}[\p{L}\p{M}\w'’.&-]*){0,3}$/u;

const LEADING_NAME =
  /^(\p{Lu}[\p{L}\p{M}\w'’.&-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}\w'’.&-]*|&|of|and the))*)(?:\s+(?:here|speaking))?\s*(?:[,.;!?—–]|\s+-\s|\s+and\b)\s*\S/u;
const NOT_A_NAME = new Set(
  'actually also hello hey hi just maybe oh probably sorry thanks um well hmm'.split(' '),
);

/**
 * A name that leads the utterance before a clause break ("Lumen Health Group, the budget is fine",
 * "Fernwood Labs. we're tiny"): the answer to a short text question, the rest being other talk. Null when
 * the utterance does not start with capitalised words (1–5) or starts with a pleasantry ("Sorry, …").
 */
export function leadingName(utterance: string): string | null {
  const text = utterance.trim();
  const m = LEADING_NAME.exec(text);
  const name = m?.[1];
  if (!name || name.split(/\s+/).length > 5) return null;
  // the dot of a title or abbreviation is no clause break ("Dr. Harold Chambers", "St. Anne's Clinic")
  if (text[name.length] === '.' && isAbbreviation(`${name.split(/\s+/).pop()!}.`)) return null;
  const first = name.split(/\s+/)[0]!.toLowerCase().replace(/[’]/g, "'");
  if (
    FILLER_WORDS.has(first) ||
    NOT_A_NAME.has(first) ||
    /^(?:i|i'm|i'd|i'll|we|it|it's|my|the|this|that)$/.test(first)
  )
    return null;
  return name;
}

/**
 * The value of `field` in `utterance`. For a free-text field, the words of the other values found (`others`:
 * emails, phones, dates, options, …) and their lead-ins are cut first, so "Ada Lovelace and my email is
 * ada@x.io" answers the name with "Ada Lovelace" only. What is left must still read as an answer (≥ 0.75,
 * not pleasantries, not a field's noun such as "events"), else null. A weak answer next to another free-text
 * field's introduced value ("Ada Lovelace from Analytical Engines") is kept when the rest is a bare name.
 */
export function freeTextAnswer(
  nlu: Nlu,
  utterance: string,
  field: Field,
  others: Candidate[],
  fields: Field[],
  ctx: ExtractContext,
): Candidate | null {
  // "ok, I upload the menu after": the speaker puts something off, no answer
  if (isFreeText(field) && (isDeferral(utterance) || withholdsDetails(utterance))) return null;
  if (isFreeText(field)) {
    // "can you use my work email instead? It's jo@work.com": a request about another field is no answer
    const own = withoutOtherFieldRequests(utterance, field, fields);
    if (own !== utterance) return own.trim() ? freeTextAnswer(nlu, own, field, others, fields, ctx) : null;
  }
  const extract = (text: string) => safe(() => nlu.extractForField(text, field, ctx));
  const whole = extract(utterance);
  if (!isFreeText(field)) return whole;
  // "It's a Skoda Octavia estate, reg KX19 LMF", "hes a pitbull": the kind said is the make and model, the breed
  const kind = holdsProse(field) ? null : kindComplement(utterance, field, others, fields);
  if (kind && readsAsAnswer(kind, fields)) return kind;
  if (holdsProse(field)) {
    // entry instructions, notes: the words as said ("buzzer code is 1123, we're in unit 1806")
    const said = prose(utterance, field, others, fields);
    if (
      said &&
      (!whole || whole.confidence < 0.75 || String(whole.value).length * 2 < String(said.value).length)
    )
      return said;
  }
  if (!whole) return leftOver(utterance, field, others, fields, extract);
  const lead = field.type === 'text' ? leadingName(utterance) : null;
  if (lead && whole.value !== lead) {
    const c = extract(lead);
    if (c && c.value === lead) return { ...c, confidence: Math.max(c.confidence, 0.75) };
  }
  const { byName, foreign, typed, alone } = withoutTyped(utterance, field, others, fields);
  let best: Candidate | null = whole;
  if (alone !== utterance) {
    const c = alone ? extract(alone) : null;
    const swallowed = typed.some(
      (o) => spansOverlap(o.span, whole.span) || spansOverlap(o.span, String(whole.value)),
    );
    if (!swallowed) best = c && c.value === whole.value && c.confidence > whole.confidence ? c : whole;
    else if (!readsAsAnswer(c, fields, typed)) return clauseApart(utterance, typed, fields, extract);
    else best = c;
  }
  const texts = foreign.filter((o) => isFreeText(byName(o.field)!));
  if (best && best.confidence < 0.75 && texts.length) {
    const name = withoutSpans(
      utterance,
      foreign.map((o) => o.span!),
    );
    const c = NAME_ONLY.test(name) ? extract(name) : null;
    if (c && c.value === name && c.confidence >= 0.75) return c;
  }
  return best;
}

/**
 * The other fields' values among `others` (`foreign`), the typed ones among them (`typed`: not free text), and
 * `utterance` without the typed values' words, their lead-ins and unit words (`alone`; `utterance` itself when
 * none occurs in it).
 */
function withoutTyped(utterance: string, field: Field, others: Candidate[], fields: Field[]) {
  const byName = (name: string) => fields.find((f) => f.name === name);
  const foreign = others.filter((o) => o.field !== field.name && o.span && byName(o.field));
  const typed = foreign.filter((o) => !isFreeText(byName(o.field)!));
  const alone = withoutSpans(
    utterance,
    typed.map((o) => o.span!),
    typed.flatMap((o) => fieldPhrases(byName(o.field)!)),
    typed.flatMap((o) => unitWords(byName(o.field)!)),
  );
  return { byName, foreign, typed, alone };
}

/**
 * Whether what is left of an utterance reads as an answer: ≥ 0.75, not pleasantries, not only field nouns, not
 * a bare subject ("she's") or a piece of an option phrase the `typed` values took (`isNoValueLeft`).
 */
function readsAsAnswer(c: Candidate | null, fields: Field[], typed: Candidate[] = []): c is Candidate {
  return (
    !!c &&
    c.confidence >= 0.75 &&
    !isFillerOnly(c.value) &&
    !namesFieldOnly(String(c.value), fields) &&
    !isNoValueLeft(String(c.value), typed, fields) &&
    !isPlainRemarkForAddress(c, fields)
  );
}

/**
 * The answer in the words the other values leave ("its a vauxhall corsa, 2019, about 34,000 miles" → "vauxhall
 * corsa" once the year and the mileage are cut), when the whole utterance reads as none. Null unless what is
 * left reads as an answer (`readsAsAnswer`).
 */
function leftOver(
  utterance: string,
  field: Field,
  others: Candidate[],
  fields: Field[],
  extract: (text: string) => Candidate | null,
): Candidate | null {
  const { alone, typed } = withoutTyped(utterance, field, others, fields);
  const c = alone && alone !== utterance ? extract(alone) : null;
  return readsAsAnswer(c, fields, typed) ? c : clauseApart(utterance, typed, fields, extract);
}

/** A clause that talks rather than names: a pronoun or hedge first, a negation, a question. */
const TALK =
  /^(?:i|i'm|im|we|we're|were|it|it's|its|they|they're|you|my|our|just|honestly|maybe|probably)\b|\b(?:not|no|n't)\b|\?/i;

/**
 * The one clause of `utterance` (between commas, full stops, dashes) that no typed value's words are in, when
 * every other clause holds one ("acme bike repair, budjet is maybe 6k" → "acme bike repair"): set apart by
 * them, a plain short answer (≥ 0.7) reads as the answer (0.75). Null when several clauses or none are
 * left, or the clause talks ("we're tiny", "not sure yet").
 */
function clauseApart(
  utterance: string,
  typed: Candidate[],
  fields: Field[],
  extract: (text: string) => Candidate | null,
): Candidate | null {
  const clauses = utterance.split(/\s*(?:[,;]|[.!?](?:\s|$)|\s[—–-]\s)\s*/).filter((x) => /\w/.test(x));
  const free = clauses.filter((x) => !typed.some((o) => spansOverlap(o.span, x)));
  if (typed.length === 0 || free.length !== 1 || clauses.length < 2) return null;
  if (TALK.test(free[0]!.replace(/’/g, "'"))) return null;
  const own = extract(free[0]!);
  const apart = own && own.confidence >= 0.7 ? { ...own, confidence: Math.max(own.confidence, 0.75) } : null;
  return readsAsAnswer(apart, fields, typed) ? apart : null;
}

/** The words a number field's value may be followed by ("miles" for "How many miles are on the clock"). */
function unitWords(field: Field): string[] {
  if (field.type !== 'number') return [];
  const text = [field.label, field.description ?? '', ...(field.extraction_hints ?? [])].join(' ');
  return text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 3 && !FILLER_WORDS.has(w));
}

/** Whether a value's words only name fields ("events", "the date"): what is left when the value was cut out. */
function namesFieldOnly(value: string, fields: Field[]): boolean {
  const nouns = new Set(
    fields.flatMap((f) => [...f.name.split('_'), ...f.label.toLowerCase().split(/\W+/)]).map(stemOf),
  );
  const words = value
    .toLowerCase()
    .split(/[^a-z']+/)
    .filter((w) => w && !FILLER_WORDS.has(w));
  return words.every((w) => nouns.has(stemOf(w)));
}

const stemOf = (w: string) => w.replace(/(?:es|s)$/, '');

function safe(fn: () => Candidate | null): Candidate | null {
  try {
    return fn();
  } catch {
    return null;
  }
}

/**
 * The words of an answer to a prose field as said: without other fields' typed values and pleasantries, a
 * trailing full stop dropped; 0.8. Null when nothing but pleasantries is left.
 */
function prose(utterance: string, field: Field, others: Candidate[], fields: Field[]): Candidate | null {
  // a yes/no's words are part of the prose ("two cats, one is very shy"), not another value
  const typed = others.filter((o) => fields.find((f) => f.name === o.field)?.type !== 'boolean');
  const { alone, typed: took } = withoutTyped(utterance, field, typed, fields);
  const value = alone.replace(/^[\s,;:.!-]+|[\s.]+$/g, '').trim();
  if (
    !value ||
    isFillerOnly(value) ||
    !readsAsAnswer(
      { field: field.name, value, confidence: 0.8, extractor: 'prose', span: alone },
      fields,
      took,
    )
  )
    return null;
  return { field: field.name, value, confidence: 0.8, extractor: 'prose', span: alone };
}
