import damerauLevenshtein from 'damerau-levenshtein';
/**
 * Dialogue acts of the embedded guide, read before any value: social words (greetings, thanks, asides),
 * questions to the guide, pausing, acknowledging, and the content left to fill fields with. Pure
 * functions over the user's words; the policy decides what each act does.
 */

import { GREETING_SOURCE } from './greetings.js';
import { splitSentences } from './sentence-split.js';
import { NO_TROUBLE } from './extract/yes-no.js';
import { ENDEARMENTS } from './endearments.js';
import { isKnownWord } from './extract/known-word.js';
import { NO_WORDS, YES_WORDS } from './yes-no-words.js';

/** What one utterance does, besides (or instead of) informing values. */
export interface Acts {
  /** The words left once greetings, thanks and asides are removed; '' when the utterance was only social. */
  content: string;
  /** Greetings, thanks or asides were present ("hi!", "thanks", "sorry, one sec"). */
  social: boolean;
  /** The content asks the guide something ("why do you need my email?", "what are the options"). */
  question: boolean;
  /** The person wants to stop for now and come back later. */
  pause: boolean;
  /** Questions said after an answer and cut from `content` ("Olivia Chen — do you need my middle name?"). */
  asides: string[];
}

const GREETING = `(?:${GREETING_SOURCE})`;
/**
 * A greeting at the start, with an optional addressee ("hi there", "hey Rosa!"). A bare part of the day is a
 * greeting only when punctuation or the end follows ("Morning!", "evening, all"): "morning if possible" and
 * "evening works" answer a question about time.
 */
const LEADING_GREETING = new RegExp(
  String.raw`^(?!(?:morning|evening|afternoon)\b\s+(?!(?:there|all|again|everyone)\b)[a-z0-9])${GREETING}\b(?:\s+(?:there|all|again|[a-z]+(?=\s*[,!.:;)]|\s*$)))?[\s,!.:;)(-]*`,
  'i',
);
const THANKS = String.raw`(?:thanks|thank you|thx|cheers|ta|much appreciated)(?: (?:so much|a lot|very much))?`;
/** A sentence that is only a greeting, thanks or laughter, with smileys and punctuation. */
const SOCIAL_ONLY = new RegExp(
  String.raw`^(?:(?:${GREETING}|${THANKS}|lol|haha+|hehe|:\)|:-\)|:d|nice to meet you|how are you(?: doing)?|there)[\s,!.?:;)(-]*)+$`,
  'i',
);
/** Cues of an aside: the person is busy elsewhere, apologises for a pause, or jokes. */
const ASIDE =
  /\b(?:brb|be right back|one (?:sec|second|moment|minute)|just a (?:sec|second|moment|minute)|give me a (?:sec|second|moment|minute)|where were we|i'?m back|back now|had to (?:take|answer|grab|get)|sorry about that|(?:the|my|a) (?:dog|cat|baby|kid|kids|phone|doorbell)\b[^.?!]*(?:barking|crying|ringing|walked|jumped|rang|knocked|needs?))\b/i;
/** Laughter and smileys: removed from a sentence, which keeps its other words ("start on valentine's day haha"). */
const LAUGHTER = /\s*\b(?:lol|lmao|rofl|haha+|hehe+|ha ha)\b|\s*(?::-?\)|:-?d\b|;-?\))/gi;
/** Cues of pausing: the person will come back to finish. */
const PAUSE =
  /\b(?:(?:come|get) back (?:to (?:this|it|you) )?(?:and finish (?:this|it|up) )?(?:later|tomorrow|another time)|(?:i'?ll|i will|we'?ll|we will) (?:come|get) back to (?:this|it|you)|finish (?:this|it|up) (?:later|tomorrow|another time)|continue (?:this )?later|pick (?:this|it) up later|(?:stop|pause) (?:here )?for now|(?:let's|lets) (?:stop|pause) (?:here|for now)|take a break)\b/i;
/**
 * Pausing to check with someone or something before going on: "let me double check the date with my wife",
 * "I need to ask my boss first", "I have to confirm the budget before I send it".
 */
const CHECK_FIRST =
  /\b(?:let me|i need to|i have to|i'?ll have to|i want to|i should|i'?d better|i gotta|gotta)\s+(?:double[- ]?check|check|confirm|ask|talk to|speak to|run (?:it|this|that) (?:by|past))\b[^.!?]*?(?:\bwith (?:my|our|the)\b|\bfirst\b|\bbefore (?:i|we) (?:send|submit|book|confirm|finish)|\bbefore (?:sending|submitting|booking|confirming))/i;
const WH =
  /^(?:why|what|what's|whats|how|which|who|where|when|is|are|do|does|did|can|could|should|must|may|will|would|whats)\b/i;
/** Requests phrased as questions ("hmm, could you change the date to …?") inform rather than ask. */
const REQUEST =
  /^(?:how about|what about)\b|\b(?:can|could|would|will)\s+(?:you|we|i)\s+(?:please\s+)?(?:change|rename|correct|make|set|update|put|add|remove|delete|clear|fix|correct|book|use|go|skip|get|find|search|look|help|send|submit|do|have|move|switch|reserve|schedule|call)\b/i;

const LEADING_FILLER =
  /^(?:(?:sorry|um+|uh+|hmm+|oh|ok(?:ay)?|so|wait|and|but|also|actually|well|hey|quick question)[,\s]+)+/i;

/**
 * Whether a sentence opens as a question ("what …", "does …", "could you tell me …"), after fillers; a
 * sentence that only ends in "?" ("morning if possible, around 10?") does not: it may be a hedged answer.
 */
export function opensAsQuestion(sentence: string): boolean {
  const s = sentence.trim().replace(LEADING_FILLER, '');
  return WH.test(s) || LEAD_IN.test(s);
}

/**
 * Asking leave to give no value ("can I skip this one?", "could we leave it blank?", "may I not answer?"):
 * a question about the field, answered, not a request to skip (the person skips in words of their own).
 */
const PERMISSION = /^(?:can|could|may)\s+(?:i|we)\s+(?:please\s+|just\s+)?(?:skip|leave|pass|omit|not)\b/i;

/** Whether a sentence asks leave to give no value ("can we skip this?", "could I leave it blank?"). */
export function asksLeave(sentence: string): boolean {
  return PERMISSION.test(sentence.trim().replace(LEADING_FILLER, ''));
}

/**
 * Asking whether something can be done another time ("can I change the picture later?", "could we update it
 * afterwards?", "can I add more at any time?", "can I change the picture later if I don't like it?"): a
 * question about the form, not a request to do it now. A condition may follow ("if …", "once …").
 */
const LATER_ABILITY =
  /^(?:can|could|may)\s+(?:i|we)\s+(?:[\w'-]+\s+){1,6}?(?:later(?:\s+on)?|afterwards?|after(?:\s+(?:that|it|this))?|again|any\s?time|at any time|in (?:the )?settings)(?:,?\s+(?:if|when|once|in case|should)\s+[^?.!]+)?\s*\??$/i;

/** Whether a sentence asks the guide something rather than answering. */
export function isQuestion(sentence: string): boolean {
  const s = sentence.trim().replace(LEADING_FILLER, '');
  if (asksLeave(s) || LATER_ABILITY.test(s)) return true;
  if (REQUEST.test(s)) return false;
  return /\?\s*$/.test(s) || (WH.test(s) && s.split(/\s+/).length >= 3 && !/\d/.test(s) && inverted(s));
}

/** Words that take the verb's place in a question ("what *is* …", "how long *does* …"). */
const AUXILIARY =
  /^(?:is|are|was|were|am|do|does|did|can|could|should|would|will|shall|may|might|must|have|has|had|isn't|aren't|don't|doesn't|didn't|can't|won't)$/i;
/** A subject right after the question word: an indirect question ("how we moved …", "what it cost us"). */
const SUBJECT = /^(?:i|we|you|they|he|she|it|my|our|your|their|his|her|its|this|these|those)$/i;

/**
 * Whether a sentence that starts with a question word (`WH`) and has no "?" is built like a question: it
 * starts with an auxiliary ("is it …", "do I …"), the question word ends in one ("what's …"), or one follows
 * within three words, with no subject right after the question word ("why does it …", "how long does …").
 * "how we moved our monolith to serverless", "what it cost us" and "how to scale Postgres" are not.
 */
function inverted(sentence: string): boolean {
  const words = sentence
    .toLowerCase()
    .replace(/[\u2019]/g, "'")
    .split(/[^a-z']+/)
    .filter(Boolean);
  const [wh, next] = words;
  if (!wh || AUXILIARY.test(wh) || /'s$|'re$/.test(wh) || wh === 'whats') return true;
  if (!next || SUBJECT.test(next)) return false;
  return words.slice(1, 4).some((w) => AUXILIARY.test(w) || /'s$/.test(w));
}

/**
 * An answer, a comma or a dash, then a question of the person's own ("april 1 1995, is it weird that's my
 * birthday?", "Olivia Chen — do you need my middle name too?").
 */
const ANSWER_THEN_QUESTION =
  /^(.*?[^\s,])(?:,|\s+[-\u2013\u2014]+|[\u2013\u2014])\s*((?:is|isn't|are|aren't|do|does|did|can|could|should|would|will|what|what's|why|how|who|when|where)\b[^,]*\?)$/i;

/** Words that only lead into what follows ("hmm, what are the options?"): no answer before a question. */
const INTERJECTION =
  /^(?:(?:sorry|um+|uh+|hmm+|oh|ok(?:ay)?|so|wait|and|but|also|actually|well|hey|yes|yeah|no|sure|right|alright|quick question)[\s,.!]*)+$/i;

/**
 * Words that lead into a question rather than answer: a subordinate clause ("before I answer", "while I
 * think about it", "if you don't mind", "since you mention it") or a lead-in ("just wondering", "one more
 * thing", "by the way", "out of curiosity").
 */
const LEAD_IN =
  /^(?:(?:before|while|when|if|since|as|because|after|until|unless|although|though)\b|(?:first(?:ly)?|one (?:more )?thing|quick question|just (?:wondering|curious|checking|quickly)|by the way|btw|out of curiosity|real quick|i was wondering|i wonder|i'?m curious)\b)/i;

/**
 * The answer a sentence gives before an aside question at its end ("april 1 1995, is it weird that's my
 * birthday?" → "april 1 1995"); the sentence itself when it is no such pair (a question of its own, a
 * request phrased as a question: "book it, can you add parking?") or when the words before the question
 * are a sentence of their own (more than five words: "I need one that is child friendly, what else …?").
 */
export function beforeAsideQuestion(sentence: string): string {
  const m = ANSWER_THEN_QUESTION.exec(sentence.trim());
  const short = (m?.[1] ?? '').split(/\s+/).length <= 5;
  if (
    !m ||
    !short ||
    INTERJECTION.test(m[1]!) ||
    LEAD_IN.test(m[1]!) ||
    isQuestion(m[1]!) ||
    !isQuestion(m[2]!)
  )
    return sentence;
  return m[1]!;
}

/**
 * Reads the acts of an utterance: strips a leading greeting ("hi Sam,") and drops sentences that are only
 * social or asides ("sorry, dog's barking, one sec") and a question said after an answer ("april 1 1995, is
 * it weird that's my birthday?"), keeping the rest as `content`.
 */
export function readActs(utterance: string): Acts {
  let text = utterance.trim();
  let social = false;
  const greeting = LEADING_GREETING.exec(text);
  if (greeting && greeting[0].length > 0) {
    social = true;
    text = text.slice(greeting[0].length);
  }
  const pause = PAUSE.test(text) || CHECK_FIRST.test(text);
  const kept: string[] = [];
  const asides: string[] = [];
  for (const said of splitSentences(text)) {
    const sentence = said.replace(LAUGHTER, '').trim();
    if (sentence !== said) social = true;
    if (SOCIAL_ONLY.test(said) || ASIDE.test(sentence) || /^[\s,.!?;:)(-]*$/.test(sentence)) social = true;
    else {
      const answer = beforeAsideQuestion(sentence);
      if (answer !== sentence) {
        social = true;
        asides.push(sentence.slice(answer.length).replace(/^[\s,\u2013\u2014-]+/, ''));
      }
      kept.push(answer);
    }
  }
  const content = kept.join(' ').trim();
  return { content, social, question: kept.length > 0 && kept.every(isQuestion), pause, asides };
}

/** Words of six letters or more that approve on their own: said with a typo ("confirmd"), they still do. */
const APPROVING = [
  'perfect',
  'excellent',
  'awesome',
  'understood',
  'understand',
  'correct',
  'agreed',
  'continue',
  'proceed',
  'submit',
  'launch',
  'create',
  'confirm',
  'confirmed',
  'finish',
  'finished',
  'absolutely',
  'definitely',
  'acknowledged',
  'accept',
];
const ACKNOWLEDGE = new RegExp(
  String.raw`\b(?:${APPROVING.join('|')}|ok(?:ay)?|k|${YES_WORDS}|ya|sure|fine|good|great|lovely|cool|sweet|nice|noted|got it|gotcha|makes sense|fair(?: enough)?|clear|all clear|right|lgtm|go ahead|go on|carry on|next|move on|send|ship|book|done|ready|alright|all right|sounds|looks|seems|of course|i see|deal|that'?s (?:everything|all|it)|that is (?:everything|all|it)|nothing else|all set|good to go|that(?:'ll| will) do)\b`,
  'i',
);

/**
 * Whether a word is an approving word said with a typo: same first letter, not a word of its own, within one
 * edit or one swap of neighbouring letters ("confirmd", "proceeed", "perfcet"; never "conform").
 */
function typedApproval(word: string): boolean {
  return (
    word.length >= 6 &&
    !isKnownWord(word) &&
    APPROVING.some((a) => a[0] === word[0] && damerauLevenshtein(a, word).steps === 1)
  );
}

/** The "no trouble" idioms ("no bother", "no wahala"): agreement, their "no" no refusal. */
const NO_TROUBLE_RE = new RegExp(String.raw`\b(?:${NO_TROUBLE.join('|')})\b`, 'g');
/** "grand" alone or after a lead ("that's grand", "grand so"): fine, in Irish and British English; not "5 grand". */
const GRAND = /^\W*(?:(?:ah|oh|yeah|sure|that's|that is|all|it's|all's)\s+)*grand\b/;
const HOLD = new RegExp(
  String.raw`\b(?:wait|hold on|hang on|not yet|not ready|stop|don't|do not|${NO_WORDS}|wrong|change|fix|edit|actually|instead|should be|make (?:it|that)|rather|but)\b`,
  'i',
);

/**
 * Whether the words acknowledge or approve ("understood", "noted, thanks", "looks good, launch it", "fair
 * enough", "confirmd") without holding back ("wait", "not yet", "no") — for informational steps and the review.
 */
export function isAcknowledgement(utterance: string): boolean {
  const text = utterance.toLowerCase().replace(/[\u2019]/g, "'");
  const rest = text.replace(NO_TROUBLE_RE, ' ');
  const typed = rest.split(/[^a-z']+/).some(typedApproval);
  return (rest !== text || ACKNOWLEDGE.test(text) || GRAND.test(text) || typed) && !HOLD.test(rest);
}

/** What a social-only utterance was: a greeting, thanks, or another aside (an apology, a pause, a joke). */
export type SocialKind = 'greeting' | 'thanks' | 'aside';

const THANKS_WORDS = new RegExp(String.raw`\b${THANKS}\b|\bappreciate`, 'i');

/** The kind of a social utterance: thanks wins over a greeting ("hi, thanks!"), an aside over both. */
export function socialKind(utterance: string): SocialKind {
  if (ASIDE.test(utterance) || /\bsorry\b/i.test(utterance)) return 'aside';
  if (THANKS_WORDS.test(utterance)) return 'thanks';
  return LEADING_GREETING.test(utterance.trim()) ? 'greeting' : 'aside';
}

const DECLINE_START =
  /^(?:no|none|nope|nah|n\/?a|nothing|nobody|no-one|noone|nowhere|not applicable|without|not really|not now|nobody really)\b/i;
const DECLINE =
  /\b(?:skip(?: it| that| this)?|leave (?:it|that|this) (?:blank|empty|out)|(?:use|keep|go with|take) (?:the |a )?default|(?:don't|do not|dont) have (?:one|any|it|an?\s+(?!lot\b|few\b|bit\b|little\b|couple\b)\w+)|no need|not needed|rather not|prefer not|whatever you (?:recommend|suggest|think|like)|up to you|you (?:choose|pick|decide)|not sure(?: yet| about)?|(?:i'm|i am|we're|we are|he's|she's|they're) not\b|(?:i )?(?:don't|do not|dont) know(?: yet)?|no idea|idk|dunno|no clue|keep going|move on|maybe later|(?:add|give|send|get|provide|fill|bring)(?: (?:it|that|this|them|you|one))?(?: in| over| to you)? later)\b/i;
/**
 * Saying the thing asked for is not needed or wanted ("I don't need a picture, dear", "we don't want one,
 * thanks"), with nothing after it but thanks, a term of address or "for now": "I don't want a scary one, make
 * it cute" and "I don't need it fancy, just a robot" go on to describe it.
 */
const NO_NEED = new RegExp(
  String.raw`\b(?:don't|do not|dont|won't|will not)\s+(?:really\s+)?(?:need|want|require)` +
    String.raw`(?:\s+(?:one|it|that|this|them|any(?:thing)?|(?:an?|any)\s+[a-z-]+))?` +
    String.raw`(?:[\s,.!;]+(?:${THANKS}|${ENDEARMENTS.join('|')}|please|really|at all|for now|right now|then))*[\s,.!;]*$`,
  'i',
);

/**
 * Whether the words decline to give an optional value: "no avatar for now", "n/a", "nobody", "no one", "just
 * use the default picture", "we don't have one", "don't have a resume", "whatever you recommend", "not sure about the look yet, let's keep going",
 * "I'll add it later", "idk", "I don't need a picture, dear".
 */
export function declines(utterance: string): boolean {
  const text = utterance
    .trim()
    .toLowerCase()
    .replace(/[\u2019]/g, "'");
  return DECLINE_START.test(text) || DECLINE.test(text) || NO_NEED.test(text);
}
