import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate, ExtractContext, Nlu } from './plan.js';
import { splitSentences } from '../sentence-split.js';
import { fieldNamedIn } from '../intents.js';
import { spansOverlap } from './spans.js';
import { freeTextAnswer, isFillerOnly, isFreeText } from './free-text.js';
import { holdsProse } from '../extract/text-kind.js';
import { insideDescription, isLongText } from './embedded.js';
import { partAnswer, splitFreeText } from './text-split.js';
import { isCueOfAnother } from './field-cue.js';
import { namesCodeNotPhone } from '../extract/code-token.js';
import { withoutTakenClauses } from './taken-clauses.js';
import { chosenSelects, takesRemarks, withoutChoiceClauses } from './choice-clauses.js';
import { asRemark } from './remark-along.js';
import { namedAsChoice, withChoicePhrase } from './choice-phrase.js';
import { isOutweighed } from './outweighed.js';
import { isHollowFor } from './hollow-value.js';
import { talksOfNumberField } from './number-talk.js';
import { isUnitOfAddress } from '../extract/address-unit.js';
import { isGuessInside } from './inner-guess.js';
import { saidOnlyInReason } from './reason-clause.js';
import { isWhenForName } from './when-only.js';
import { namesOnlyFields } from './field-words-only.js';
import { isNumberOfOption } from './option-numeral.js';
import { saysOnlyOption } from './option-only.js';
import { withoutYesNoClauses } from './yes-no-clauses.js';
import { isNoTown } from './town-answer.js';
import { YES_WORDS } from '../yes-no-words.js';

export { freeTextAnswer, isFillerOnly, isFreeText };

/** Combining the extractors' candidates into the values one utterance gives. Pure. */

/**
 * Whether a candidate is a known false reading: a date or time taken from "now" ("not right now" is no
 * appointment), a free-text value of pleasantries only or without content ("she says", `isHollowFor`), or
 * date and time words left for a name or a place ("Saturday at half one" as a venue, `isWhenForName`).
 */
export function isSpurious(c: Candidate, field: Field | undefined): boolean {
  if (field && isFreeText(field) && (isFillerOnly(c.value) || isHollowFor(c.value, field))) return true;
  if (field && isWhenForName(c.value, field)) return true;
  return /^(?:right )?now$|^for now$/i.test((c.span ?? '').trim());
}

/** Whether the field's label or name occurs in the words ("voice", "configuration"). */
function namedIn(utterance: string, field: Field | undefined): boolean {
  return !!field && fieldNamedIn(utterance, [field]) === field;
}

/** Extractors that match an option by its words (not by a number, a range or an ordinal). */
const OPTION_WORDS = new Set(['verbatim-option', 'fuzzy-option', 'distinctive-option']);

/**
 * Whether `c` chose an option only because the option's words occur in `utterance` while its field is not
 * named there: inside a description or a refusal ("just use the default picture", "a compass rose with a
 * friendly face") such words belong to the person's sentence, not to another field, unless they pick the
 * option out ("the friendly american woman", see `namedAsChoice`).
 */
export function isBorrowedOptionWord(c: Candidate, utterance: string, fields: Field[]): boolean {
  return (
    OPTION_WORDS.has(c.extractor) &&
    !namedIn(
      utterance,
      fields.find((f) => f.name === c.field),
    ) &&
    // "the friendly american woman": an option picked out by its own words is chosen
    !namedAsChoice(c, utterance, fields)
  );
}

/** Whether a list value holds every item of another ("cough, nausea" holds "cough"): the fuller answer. */
export function holdsAll(fuller: unknown, part: unknown): boolean {
  return Array.isArray(fuller) && Array.isArray(part) && part.every((v) => fuller.includes(v));
}

/** Keeps one candidate per field: the most confident; ties keep the first. */
export function mergeCandidates(candidates: Candidate[]): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const c of candidates) {
    const seen = best.get(c.field);
    if (!seen || c.confidence > seen.confidence) best.set(c.field, c);
  }
  return [...best.values()];
}

const REQUEST =
  /\?|\b(?:please (?:tell|give|let|say|provide|choose|pick|select)|tell me|let me know|give me|provide)\b/i;

/**
 * The agent line's question fields: all of them when the NLU can say, else the most likely one. A line
 * that neither asks (no "?") nor requests ("tell me …") asks about nothing: it only informs (unless
 * `informing`: then the fields it talks about are returned, for values it offers).
 */
export function askedFields(nlu: Nlu, agentLine: string, fields: Field[], informing = false): Field[] {
  if (!informing && !REQUEST.test(agentLine)) return [];
  const many = safe(() => nlu.fieldsAskedAbout?.(agentLine, fields), undefined);
  if (many) return many;
  const one = safe(() => nlu.fieldAskedAbout?.(agentLine, fields) ?? null, null);
  return one ? [one] : [];
}

/**
 * The values an utterance gives: the asked fields' values (in the order asked; two fields never take the
 * same words) plus unambiguous values for any other field (an email anywhere fills the email field). A
 * free-text answer that used the words of another field's typed value ("make it the 12th") is dropped.
 */
export function extractAnswer(
  nlu: Nlu,
  utterance: string,
  asked: Field[],
  fields: Field[],
  ctx: ExtractContext,
  detailsOf: (boolean: Field) => Field[] = () => [],
): Candidate[] {
  const byName = new Map(fields.map((f) => [f.name, f]));
  // option words inside a description (a textarea answer: "warm rather than sarcastic"), or inside a title
  // asked with it ("Automated Accessibility Testing"), are the person's words, not a choice for another
  // field, unless that field is named
  const describing = asked.some((f) => f.type === 'textarea') && asked.every(isFreeText);
  // ("google" said alone to an access note is the option it names: "How did you hear about us?")
  const borrowed = (c: Candidate) =>
    describing &&
    !asked.some((f) => f.name === c.field) &&
    isBorrowedOptionWord(c, utterance, fields) &&
    !saysOnlyOption(c, utterance, fields);
  // "the friendly american woman": an option picked out spans its whole phrase
  const all = safe(() => nlu.extractAll(utterance, fields, ctx), []).map((c) =>
    withChoicePhrase(c, utterance, fields),
  );
  // "my mobile is 0412 687 203": the word names the phone field it introduces, it is no option
  // "the account number on my bill is 4402778193": the digits are the account's code, not a phone number
  const codeNotPhone = namesCodeNotPhone(utterance, fields);
  const heard = all.filter(
    (c) =>
      !isSpurious(c, byName.get(c.field)) &&
      !isCueOfAnother(c, all, utterance, fields) &&
      !(codeNotPhone && byName.get(c.field)?.type === 'phone'),
  );
  // "the hands-on one, since people will be coding along": option words of a reason are no choice
  const reason = (c: Candidate) =>
    !asked.some((f) => f.name === c.field) &&
    isBorrowedOptionWord(c, utterance, fields) &&
    saidOnlyInReason(c.span, utterance);
  const others = heard.filter((c) => !borrowed(c) && !reason(c));
  // a sentence of a description that names another field and gives its value is about that field
  let said = utterance;
  if (describing)
    for (const o of others) {
      const sentence = o.span ? splitSentences(said).find((x) => x.includes(o.span!)) : undefined;
      if (sentence && namedIn(sentence, byName.get(o.field))) said = said.replace(sentence, '').trim();
    }
  const own: Candidate[] = [];
  // the route asked for ("Chicago to Milwaukee"): both of its places, read together
  const route = safe(() => nlu.routeAnswer?.(said || utterance, asked, fields) ?? [], []);
  own.push(...route);
  // whether a clause holds a value found in the whole utterance (read again from the clause alone)
  const holds = (clause: string, o: Candidate) => {
    const f = byName.get(o.field);
    const again = f ? safe(() => nlu.extractForField(clause, f, ctx), null) : null;
    return !!again && JSON.stringify(again.value) === JSON.stringify(o.value);
  };
  const readClause = (clause: string, f: Field) => safe(() => nlu.extractForField(clause, f, ctx), null);
  // typed values first: a free-text answer leaves out their words ("2017 Honda Civic" → the year 2017 and
  // the make and model "Honda Civic")
  const order = [...asked.filter((f) => !isFreeText(f)), ...asked.filter(isFreeText)];
  // two free-text questions at once: each sentence goes to the field it fits
  const split = splitFreeText(said || utterance, asked);
  for (const field of order) {
    if (route.some((c) => c.field === field.name)) continue;
    // a description keeps the words of values said inside its sentences ("I have lost a filling …" chooses
    // the reason and stays the description); only values said apart are cut from it
    const text = said || utterance;
    const describes = isLongText(field) || holdsProse(field);
    // a yes/no's words ("two cats, one is shy") are part of a description too
    // "My wife, Ngozi Okafor. Her number is …": a person named with their relation opening a sentence is no
    // description
    const apart = (o: Candidate) =>
      !describes ||
      opensWithRelation(text, o) ||
      (byName.get(o.field)?.type !== 'boolean' && !insideDescription(text, o.span, byName.get(o.field)));
    const cuts = [...own, ...others].filter(apart);
    const given = split && isFreeText(field) ? split.get(field.name) : text;
    // "no animal" or "yep, one old border collie" to pets and access notes asked together: the yes/no's words
    const whole =
      given !== undefined && isFreeText(field)
        ? withoutYesNoClauses(given, field, asked, own, readClause, detailsOf)
        : given;
    if (!whole) continue;
    // "staying June 3 to June 9, dropping him off at 5": clauses giving other values are no description
    const told = describes ? withoutTakenClauses(whole, field, heard, fields, holds) : whole;
    // "oil change, and can you put my winter tires on" asked with a note: clauses naming options chosen are
    // the select's answer, not the note's
    const chosen = chosenSelects(field, asked, own, heard, fields);
    const part = told && withoutChoiceClauses(told, field, chosen, readClause);
    if (!part) continue;
    // once their clauses are cut, the selects' values (read from the whole answer) no longer cover the note
    const covers = (o: Candidate) => part === told || !chosen.some((x) => x.select.name === o.field);
    const cut = cuts.filter(covers);
    const read =
      split && isFreeText(field)
        ? partAnswer(nlu, part, field, cut, fields, ctx)
        : freeTextAnswer(nlu, part, field, cut, fields, ctx);
    // "brake inspection. there's a grinding noise": what the select leaves is the note's remark as said
    const c = read ?? (part !== told && takesRemarks(field) ? asRemark(part, field) : null);
    if (!c || isSpurious(c, field)) continue;
    // "no engagement shoot" asked the month of the shoot: the words answer that field's question, not this one
    if (isFreeText(field) && namesOnlyFields(c.value, fields)) continue;
    // "yes it's ours, a cottage" asked the town: words about another field are no place
    if (isNoTown(c, field, fields, utterance)) continue;
    // "It's a Skoda Octavia, reg KX19 LMF": the plate's shape answers its field, the words go on to the next
    if (isFreeText(field) && isOutweighed(c, heard)) continue;
    // "odometer is showing 61,250" asked the make and model: the line reports the mileage
    if (isFreeText(field) && talksOfNumberField(c.value, field, fields)) continue;
    if (own.some((o) => covers(o) && apart(o) && spansOverlap(o.span, c.span))) continue;
    // "From Lagos traffic to event streams: …" asked the title: "from Lagos" read as a company is the title's
    // "Flat 6, 210 Symonds Street, Grafton" asked the address: the unit read inside it leaves it whole
    const inside = (o: Candidate) => isGuessInside(o, c, asked, utterance, fields) || isUnitOfAddress(o);
    if (
      isFreeText(field) &&
      cut.some((o) => o.field !== field.name && spansOverlap(o.span, c.span) && !inside(o))
    )
      continue;
    // "my flatmate Jess Nguyen 07700 900315" asked the mobile: the number is the flatmate's
    if (
      others.some(
        (o) => o.field !== field.name && o.extractor === 'relation-phone' && spansOverlap(o.span, c.span),
      )
    )
      continue;
    // "3 years, and 20 would be nice" asked the years and the pay: one number answers one of them
    if (
      byName.get(c.field)?.type === 'number' &&
      own.some(
        (o) => o.field !== c.field && byName.get(o.field)?.type === 'number' && spansOverlap(o.span, c.span),
      )
    )
      continue;
    // "for 3 days" names its field by its noun: the asked "number of rooms" does not take the 3
    if (
      others.some(
        (o) => o.field !== field.name && o.extractor === 'number-noun' && spansOverlap(o.span, c.span),
      )
    )
      continue;
    // "letterbox flyer" asked an optional access note: the line only names another field's option
    if (
      isFreeText(field) &&
      !field.required &&
      others.some((o) => o.field !== field.name && saysOnlyOption(o, utterance, fields))
    )
      continue;
    // "one-off" or "just the once" asked the bedrooms: the words choose another field's option
    if (isNumberOfOption(c, field, others)) continue;
    own.push(c);
  }
  // one mention may fill two fields by design (a date and a time from "Saturday 9 May at noon"), never two
  // of one type ("from the 15th of January" asked the viewing day is no move-in day too)
  const typeOf = (c: Candidate) => byName.get(c.field)?.type;
  const partOfSameMention = (c: Candidate, o: Candidate) =>
    c.extractor === o.extractor && c.span === o.span && typeOf(c) !== typeOf(o);
  // option words of a clause the description gave up ("booking boarding from May 3 to May 9") are a choice
  const given = describing
    ? heard.filter((c) => borrowed(c) && !own.some((o) => spansOverlap(o.span, c.span)))
    : [];
  const rest = [...others, ...given].filter(
    (o) =>
      !own.some(
        (c) =>
          c.field !== o.field &&
          spansOverlap(c.span, o.span) &&
          !partOfSameMention(c, o) &&
          !isUnitOfAddress(o),
      ) && !own.some((c) => c.field === o.field && holdsAll(c.value, o.value)),
  );
  return mergeCandidates([...own, ...rest]);
}

/** Whether `c` is a person named with their relation ("My wife, Ngozi Okafor") opening a sentence of `text`. */
function opensWithRelation(text: string, c: Candidate): boolean {
  if (c.extractor !== 'relation-name' || !c.span) return false;
  const at = text.indexOf(c.span);
  return at >= 0 && /(?:^|[.!?;]\s*)$/.test(text.slice(0, at).trimEnd());
}

const CONFIRMATION =
  /\b(?:confirm|is that (?:right|correct|ok(?:ay)?)|you want(?: to)?|you'd like|you would like|shall i|should i|to clarify|just to be sure)\b|\b(?:correct|right)\?/i;

const EXPLICIT_YES = new RegExp(
  String.raw`^\W*(?:${YES_WORDS}|sure|correct|right|exactly|definitely|absolutely|perfect|great|fine|good|ok(?:ay)?|alright|all right|works(?: for me)?|sounds (?:good|great|perfect|fine)|that(?:'s| is| sounds| works| would be)|please do|go ahead|book it)\b`,
  'i',
);

/**
 * Whether a "yes" accepts what the agent offered: it does unless the user goes on to ask for something
 * else without an explicit yes first ("Alright, can you tell me about my checking account?").
 */
export function acceptsOffer(utterance: string): boolean {
  return !utterance.includes('?') || EXPLICIT_YES.test(utterance);
}

const PROPOSAL =
  /\b(?:how about|what about|would (?:.{1,40} )?(?:work|suit|do)|does (?:.{1,40} )?(?:work|suit)|is (?:.{1,40} )?(?:ok|okay|fine|good)|shall we say|i (?:can|could) (?:offer|suggest|do))\b/i;

/**
 * Values an agent line offered, to set when the user accepts them: the value of a field the line asks
 * or talks about, and every value stated in a sentence that proposes ("How about 7 pm?") or confirms
 * ("Please confirm: a table for 2 today"). Proposals are tagged `OFFER`; restated values (confirmations,
 * statements) `RESTATED`: those should not overwrite an answer the user gave.
 */
export function offeredValues(
  nlu: Nlu,
  agentLine: string,
  fields: Field[],
  ctx: ExtractContext,
): Candidate[] {
  const plain = { ...ctx, agentUtterance: undefined };
  const asking = REQUEST.test(agentLine);
  const found: Candidate[] = [];
  // a line that only informs ("You have $22,496 in savings", "The bus leaves at 7:40") offers nothing
  const offering = asking || PROPOSAL.test(agentLine) || CONFIRMATION.test(agentLine);
  for (const field of offering ? askedFields(nlu, agentLine, fields, true) : []) {
    if (isFreeText(field)) continue;
    const c = safe(() => nlu.extractForField(agentLine, field, plain), null);
    if (c && !found.some((f) => spansOverlap(f.span, c.span))) found.push(tag(c, asking ? OFFER : RESTATED));
  }
  for (const sentence of agentLine.split(/(?<=[.!?])\s+/)) {
    const kind = PROPOSAL.test(sentence) ? OFFER : CONFIRMATION.test(sentence) ? RESTATED : null;
    if (kind) found.push(...safe(() => nlu.extractAll(sentence, fields, plain), []).map((c) => tag(c, kind)));
  }
  return mergeCandidates(found);
}

/** Extractor suffix of a value the agent proposed or asked about ("How about 7 pm?"). */
export const OFFER = '+offer';
/** Extractor suffix of a value the agent only restated or mentioned (a confirmation, a search result). */
export const RESTATED = '+restated';

function tag(c: Candidate, kind: string): Candidate {
  return { ...c, extractor: `${c.extractor}${kind}` };
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
