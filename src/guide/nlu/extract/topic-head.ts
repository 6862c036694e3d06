import nlp from 'compromise';
import { LruMap } from '../../../core/lru-map.js';
import type { Field } from '../../../core/wizard/definition.js';
import { booleanTopic, isTopicWord } from './boolean-topic.js';
import { STOPWORDS, stem, tokens } from './normalize.js';

/**
 * A yes/no topic of several words named by its head word alone, where the other words only say which kind
 * of thing it is: "I've got a licence", "I don't have a licence" name "Driving licence" (a licence is the
 * driving one here), "no food card" names "Food handler card", "I'm authorized" names "Work authorized".
 * - a head noun counts after a determiner or another word of the topic ("a licence", "no food card") and
 *   before no other content word ("the card reader" is a reader), and
 *   only when every other topic word is a noun or a gerund (compromise's tags of the field's name): "a yard"
 *   does not name "Fenced yard", "a shooter" not "Second shooter", "a green card" not "Food handler card";
 * - a head that is a state ("authorized", "vaccinated") counts said of the speaker ("I'm authorized", "we
 *   are not vaccinated").
 * Topics of one word are left to the whole-topic reading.
 */

type Head = { stem: string; kind: 'noun' | 'state' } | null;

/** Heads by the field's name and label (all the head is read from): runs rebuild their Field objects. */
const heads = new LruMap<string, Head>(1024);

/** The head of `field`'s topic and what kind of word it is; null when the topic cannot stand on its head. */
export function topicHead(field: Field): Head {
  const key = `${field.name}\u0000${field.label}`;
  const known = heads.get(key);
  if (known !== undefined) return known;
  const topic = booleanTopic(field);
  let head: Head = null;
  if (topic.length > 1) {
    const words = tokens(field.name.replace(/_/g, ' ')).filter((w) => topic.includes(stem(w)));
    const terms = nlp(words.join(' ')).terms().json() as Array<{ terms: Array<{ tags: string[] }> }>;
    const tags = terms.map((t) => new Set(t.terms[0]?.tags ?? []));
    const last = tags.length - 1;
    const headStem = words.length ? stem(words[words.length - 1]!) : '';
    const nounish = (t: Set<string>) =>
      (t.has('Noun') || t.has('Gerund')) && !t.has('Adjective') && !t.has('PastTense') && !t.has('Ordinal');
    if (words.length === topic.length && last > 0 && headStem === topic[topic.length - 1]) {
      const head_ = tags[last]!;
      if (head_.has('Noun') && tags.slice(0, last).every(nounish)) head = { stem: headStem, kind: 'noun' };
      else if (head_.has('Adjective') || head_.has('PastTense')) head = { stem: headStem, kind: 'state' };
    }
  }
  heads.set(key, head);
  return head;
}

const DETERMINER = /^(?:a|an|the|my|our|your|no|any|one|this|that|their|his|her)$/;
/** Words after a head that end its phrase ("a licence yet", "no card either"). */
const AFTER_HEAD = /^(?:yet|either|too|anymore|though|now|currently|today|already|expires?|expired)$/;
const SPEAKER_IS = /\b(?:i'm|im|i am|we're|we are)\s+(?:not\s+)?(?:\w+ly\s+)?(\w+)/g;

/** Whether `sentence` names `field` by its topic's head (see the file comment). */
export function saysTopicHead(sentence: string, field: Field): boolean {
  const head = topicHead(field);
  if (!head) return false;
  const topic = booleanTopic(field);
  const text = sentence.toLowerCase().replace(/[\u2019]/g, "'");
  if (head.kind === 'state') {
    for (const m of text.matchAll(SPEAKER_IS)) if (isTopicWord(stem(m[1]!), head.stem)) return true;
    return false;
  }
  const words = tokens(text);
  return words.some((w, i) => {
    if (i === 0 || !isTopicWord(stem(w), head.stem)) return false;
    // "the card reader": the head of another compound
    const after = words[i + 1];
    if (after !== undefined && !STOPWORDS.has(after) && !AFTER_HEAD.test(after)) return false;
    const before = words[i - 1]!;
    return DETERMINER.test(before) || topic.some((t) => t !== head.stem && isTopicWord(stem(before), t));
  });
}
