import nlp from 'compromise';
import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from './types.js';
import { NOT_NAMES } from './name-lists.js';
import { normalize, stem } from './normalize.js';
import { textKind } from './text-kind.js';
import { wordTags } from './word-tags.js';

/**
 * The thing an agent line presents ("There's Otavon Apartments at 1515 Novato Boulevard", "How about Bai
 * Thong Thai in San Francisco?", "I found a counselor by the name of Morgan Sheryl"): the proper name it
 * introduces, for the form's entity-name field (`restaurant_name`, "Name of the hotel"). The policy keeps it
 * and sets it when the user accepts the result ("Sounds good, book it").
 */

/** Words that name the entity explicitly: "named X", "called X", "by the name of X". */
const NAME_CUE = /\b(?:named|called|titled|by the name of|the name of)\s+$/i;
/** Words before a run that make it a place or an address, not the entity: "in Oakland", "located at 12 Main St". */
const PLACE_BEFORE =
  /\b(?:in|near|located (?:at|on|in)|address is|is at|is on|on|from|to|with|by)\s+(?:the\s+)?$/i;
/** Runs that are only calendar words or a time. */
const CALENDAR =
  /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|^\d+(?::\d+)?$/i;

/** Lowercase words without punctuation, for comparing names. */
const clean = (s: string) =>
  normalize(s)
    .replace(/[^\w' ]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Whether `field` names the entity a form is about: a text field called `…_name` (or `name`, `title`) or
 * described as "Name of the …", unless it holds a place or a person receiving something.
 */
export function isEntityNameField(field: Field): boolean {
  if (field.type !== 'text') return false;
  const name = field.name.toLowerCase();
  const desc = (field.description ?? '').toLowerCase();
  const named =
    /(?:^|_)(?:name|title)$/.test(name) || /^(?:the |common )?name of (?:the |an? )?\w+$/.test(desc);
  return named && !['location', 'origin', 'destination', 'address'].includes(textKind(field));
}

/** Tags of ordinary words that open a sentence, not a name. */
const COMMON =
  /^(?:Verb|Pronoun|Determiner|Adverb|Preposition|Conjunction|Adjective|Expression|QuestionWord)$/;

/** Whether a capitalised sentence-initial word is an ordinary word ("Your", "Confirming", "There's"). */
function isCommonWord(word: string): boolean {
  const w = word.replace(/[^\w'’]/g, '');
  return /['’]/.test(w)
    ? !/^[A-Z][a-z]+['’]s$/.test(w) || /^(?:there|here|that|it|what|who|he|she)['’]s$/i.test(w)
    : wordTags(w.toLowerCase()).some((t) => COMMON.test(t));
}

/** A capitalised run at a sentence start counts only as the subject: "Acquerello is a good restaurant". */
const SUBJECT_AFTER =
  /^(?:\s+(?:in|at) [A-Z][\w'’ ]*?)?,?\s+(?:is|are|was|has|have|sounds|would|could|might|offers)\b/;

/**
 * Capitalised runs of a line with where they start ("Bai Thong Thai", "275 Hawthorne Apartments"), with
 * up to two inner connectors ("Josie and the Pussycats") and a following head noun of the entity
 * ("Meadow apartments"); sentence-initial runs only when they are the sentence's subject.
 */
function capitalisedRuns(
  line: string,
  head: string | null,
): Array<{ text: string; bare: string; index: number }> {
  const runs: Array<{ text: string; bare: string; index: number }> = [];
  const re = /(?:[A-Z0-9][\w'’&.-]*)(?:\s+(?:(?:of|the|de|la|del|and|&)\s+){0,2}(?:[A-Z0-9#][\w'’&.-]*|&))*/g;
  for (const m of line.matchAll(re)) {
    const words: string[] = [];
    for (const w of m[0].split(/\s+/)) {
      words.push(w);
      if (/\w{2,}[.!?]$/.test(w)) break; // "Sheryl. This": a full stop ends the name ("E." does not)
    }
    const sentenceStart = /(?:^|[.!?:;]\s*)$/.test(line.slice(0, m.index));
    if (sentenceStart && words.length && isCommonWord(words[0]!)) words.shift();
    while (words.length && NOT_NAMES.has(words[0]!.replace(/[.,;:!?]+$/, ''))) words.shift();
    while (/^\d+$/.test(words[0] ?? '') && /^[a-z]/.test(words[1] ?? '')) words.splice(0, 2); // "2 at Uncle Yu's"
    let text = words
      .join(' ')
      .replace(/[.,;:!?'’]+$/, '')
      .replace(/\s*&$/, '');
    if (!text || !/[A-Za-z]{2}/.test(text) || /^\d+(?:st|nd|rd|th)\b/i.test(text)) continue;
    const index = m.index! + m[0].indexOf(text);
    const bare = text;
    const after = line.slice(index + text.length);
    const nextWord = /^\s+([a-z]+)/.exec(after)?.[1];
    if (head && nextWord && stem(nextWord) === head) text = `${text} ${nextWord}`;
    const startsSentence = /(?:^|[.!?:;]\s*)$/.test(line.slice(0, index));
    const rest = line.slice(index + bare.length);
    if (startsSentence && !SUBJECT_AFTER.test(rest) && !/^[?.!]?\s*$/.test(rest)) continue;
    runs.push({ text, bare, index });
  }
  return runs;
}

/** The noun the entity field names ("restaurant" for "Name of the restaurant", "property" for `property_name`). */
function headNoun(field: Field): string | null {
  const desc = /name of (?:the |an? )?(\w+)$/i.exec(field.description ?? '')?.[1];
  const name = /^(\w+)_name$/.exec(field.name)?.[1];
  const word = desc ?? name;
  return word ? stem(word.toLowerCase()) : null;
}

/**
 * The entity an agent line presents, as a candidate for the form's one entity-name field (none when the form
 * has zero or several). Skipped: sentence-initial words, calendar words, option labels of select fields
 * ("Standard", "Psychologist"), `known` values (the city already given), places after "in"/"at 12 …". A run
 * after "named"/"called" wins; else the first. Confidence 0.7.
 */
export function findOfferedEntity(
  agentLine: string,
  fields: Field[],
  known: string[] = [],
): Candidate | null {
  const targets = fields.filter(isEntityNameField);
  if (targets.length !== 1) return null;
  const field = targets[0]!;
  const kind = textKind(field);
  const options = new Set(
    fields.flatMap((f) => (f.options ?? []).flatMap((o) => [clean(o.label), clean(String(o.value))])),
  );
  const knownSet = new Set(known.map(clean));
  const runs = capitalisedRuns(agentLine, headNoun(field)).filter((r) => {
    const before = agentLine.slice(0, r.index);
    if (/\bat\s+$/i.test(before) && /^\d/.test(r.text)) return false; // "at 35750 Bettencourt Street"
    if (options.has(clean(r.bare)) || knownSet.has(clean(r.text)) || CALENDAR.test(r.text)) return false;
    if (/\bat\s+$/i.test(before) && kind !== 'organization') return false;
    return !PLACE_BEFORE.test(before) || NAME_CUE.test(before);
  });
  // People named in the line are no entity, unless the entity is a person; compromise is asked only when a run is left.
  const people =
    kind === 'person' || runs.length === 0
      ? []
      : (nlp(agentLine).people().out('array') as string[]).map(clean);
  const eligible = runs.filter((r) => !people.includes(clean(r.text)));
  const named = eligible.find((r) => NAME_CUE.test(agentLine.slice(0, r.index)));
  const pick = named ?? eligible[0];
  if (!pick) return null;
  return {
    field: field.name,
    value: pick.text,
    confidence: 0.7,
    extractor: 'offered-entity',
    span: pick.text,
  };
}
