import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from './types.js';
import { booleanOptions } from './options.js';
import { STOPWORDS, contentStems, inflectedAlike } from './normalize.js';
import { asksAbout, requests } from './asks-about.js';
import { negatedWords } from './negated.js';
import { REMOVAL_VERB } from './removal-verbs.js';
import { saysTopicHead } from './topic-head.js';

/**
 * Yes/no fields mentioned by topic in a statement or a request: "outdoor seating" (field "Whether the
 * restaurant has outdoor seating available") → True, "no outdoor seating" → False, "can you find one with
 * wifi?" → True. A question about the attribute ("Is it furnished?", "what's the pet policy") never counts:
 * the person asks, they do not inform. A topic of several words is also named by its head alone where the
 * other words only say its kind ("I've got a licence" for "Driving licence", `saysTopicHead`).
 */

/** Words people use for a topic word of a field name (stems): "kids" are also "children" or "family". */
const TOPIC_SYNONYMS: Record<string, string[]> = {
  kid: ['child', 'children', 'famili', 'family'],
  wifi: ['internet'],
  pet: ['dog', 'cat'],
  photo: ['picture', 'pictur', 'pic', 'pictures'],
  smok: ['smoker', 'smoke'],
  injur: ['hurt'],
  polic: ['cop', 'cops'],
};

/**
 * Qualifier words of a field name that are no topic on their own ("has_wifi", "pets_allowed"), and the
 * indefinite pronouns a question is put with ("anyone_injured": nobody says "anyone" to answer it).
 */
const QUALIFIERS = new Set([
  'ha',
  'has',
  'is',
  'allow',
  'good',
  'option',
  'free',
  'for',
  'with',
  'avail',
  'anyon',
  'anybody',
  'someon',
  'somebody',
  'everyon',
]);

/** Key stems of a yes/no field: "outdoor seating" from "has_seating_outdoors". */
export function booleanTopic(field: Field): string[] {
  // "needs_sponsorship": "need" (a stopword once stemmed) is no topic
  const fromName = contentStems(field.name.replace(/_/g, ' ')).filter(
    (s) => !QUALIFIERS.has(s) && !STOPWORDS.has(s),
  );
  return fromName.length ? fromName : contentStems(field.label);
}

/**
 * Whether a spoken stem is the topic stem: equal, a synonym, or the same word inflected (a prefix with at
 * most three more letters: "pets", "outdoors"), never a longer word that happens to start with it
 * ("Petaluma" is no pet).
 */
export function isTopicWord(spoken: string, topic: string): boolean {
  return TOPIC_SYNONYMS[topic]?.includes(spoken) === true || inflectedAlike(spoken, topic, 3);
}

/** A field named "free_entry" (a price of nothing): "free" alone says yes ("free things to do"). */
const isFreeField = (field: Field) => /^free(?:_|$)/.test(field.name);
const FREE = /\bfree\b(?!\s+(?:time|to\b|of\b|day))/i;

const REMOVED = new RegExp(
  String.raw`\b${REMOVAL_VERB}\s+(?:(?:the|my|our|that|this|any|all|all\s+the)\s+)?([a-z][a-z-]*)`,
  'gi',
);

/**
 * Whether a clause takes the topic off ("scratch the catering", "drop the parking"): a removal verb right
 * before a topic word. A verb that is itself a topic word ("remove" for "rubbish_removal") removes nothing.
 */
function removesTopic(sentence: string, topic: string[]): boolean {
  const isTopic = (s: string) => topic.some((t) => isTopicWord(s, t));
  for (const m of sentence.toLowerCase().matchAll(REMOVED)) {
    const verb = m[0].slice(0, m[0].length - m[1]!.length);
    if (contentStems(verb).some(isTopic)) continue;
    if (contentStems(m[1]!).some(isTopic)) return true;
  }
  return false;
}

/**
 * Candidates for the yes/no fields a statement names by topic (see the file comment), pushed onto `out`:
 * true when named, false when named with a negation or taken off ("no parking", "scratch the parking").
 */
export function booleanMentions(utterance: string, fields: Field[], out: Candidate[]): void {
  // clauses, so the span (and a negation) is the clause that names the topic, not the whole sentence; a
  // sentence that asks about something asks in each of its clauses ("tell me the phone, and the pet policy")
  const sentences = (utterance.match(/[^.?!]+[.?!]?/g) ?? [])
    .filter((s) => !asksAbout(s.trim()))
    .flatMap((s) => (s.trim().endsWith('?') ? [s] : s.split(/[,;]|\s+but\s+/i)));
  for (const field of fields) {
    const isBoolSelect = booleanOptions(field.options);
    if (field.type !== 'boolean' && !isBoolSelect) continue;
    const topic = booleanTopic(field);
    if (!topic.length) continue;
    // a clause that says the whole topic wins over one that says only its head ("my card is expired. put no
    // for the food handler card")
    const byHead = (sentence: string) => !sentence.trim().endsWith('?') && saysTopicHead(sentence, field);
    const ordered = [
      ...sentences.map((s) => ({ s, head: false })),
      ...sentences.map((s) => ({ s, head: true })),
    ];
    for (const { s: sentence, head } of ordered) {
      if (asksAbout(sentence.trim())) continue;
      if (sentence.trim().endsWith('?') && !requests(sentence)) continue;
      // "wi-fi" is also "wifi"
      const stems = [...contentStems(sentence), ...contentStems(sentence.replace(/(\w)-(\w)/g, '$1$2'))];
      const named = head
        ? byHead(sentence)
        : topic.every((t) => stems.some((s) => isTopicWord(s, t))) ||
          (isFreeField(field) && FREE.test(sentence));
      // "no yard at all", "a courtyard but no fence": without one thing of a topic ("fenced yard") the whole
      // is not there either
      const lacksPart =
        !head &&
        topic.length > 1 &&
        [...negatedWords(sentence)].some((w) =>
          contentStems(w).some((s) => topic.some((t) => isTopicWord(s, t))),
        );
      if (!named && !lacksPart) continue;
      const negated =
        lacksPart ||
        removesTopic(sentence, topic) ||
        /\b(?:no|not|don't|do not|doesn't|without|never|isn't|aren't|won't|wouldn't|can't|non|no longer|nobody|no-one)\b/i.test(
          sentence.replace(/[\u2018\u2019]/g, "'"),
        );
      const value = negated ? false : true;
      out.push({
        field: field.name,
        value: isBoolSelect ? (value ? isBoolSelect.yes.value : isBoolSelect.no.value) : value,
        confidence: 0.65,
        extractor: 'boolean-topic',
        span: topicSpan(sentence, topic),
      });
      break;
    }
  }
}

/** The words of the clause from its first topic word on (the whole clause when none is found verbatim). */
function topicSpan(sentence: string, topic: string[]): string {
  const words = sentence.trim().split(/\s+/);
  const at = words.findIndex((w) => contentStems(w).some((s) => topic.some((t) => isTopicWord(s, t))));
  return (at > 0 ? words.slice(Math.max(0, at - 2)) : words).join(' ').replace(/[.?!]+$/, '');
}
