import { normalize } from './normalize.js';

/**
 * Yes/no and "don't care" detection for confirmations and boolean fields. Rules, not a model: the earliest
 * affirmative or negative phrase in the first clause decides; short answers are read whole.
 */

/**
 * "No trouble" idioms that agree, across varieties of English: "no worries", "no bother" (Irish), "no wahala"
 * (Nigerian), "no dramas" (Australian), "no sweat", "no probs". Their "no" denies nothing.
 */
export const NO_TROUBLE = [
  'no problem',
  'no problems',
  'no probs',
  'no prob',
  'no worries',
  'no worry',
  'no bother',
  'not a bother',
  'no wahala',
  'no dramas',
  'no drama',
  'no sweat',
  'no stress',
  'no hassle',
  'not a problem',
];

const POSITIVE = [
  "i don't mind",
  "don't mind",
  'i do not mind',
  ...NO_TROUBLE,
  'why not',
  'yes',
  'yeah',
  'yea',
  'yep',
  'yup',
  'ya',
  'yah',
  'aye',
  'sure',
  'surely',
  'of course',
  'absolutely',
  'definitely',
  'certainly',
  'indeed',
  'exactly',
  'affirmative',
  'totally',
  'right',
  "that's right",
  'that is right',
  'correct',
  "that's correct",
  'that is correct',
  'i agree',
  'agreed',
  'ok',
  'okay',
  'k',
  'alright',
  'all right',
  'fine',
  "that's fine",
  'sounds good',
  'sounds great',
  'sounds right',
  'works for me',
  'that works',
  'perfect',
  'great',
  'good',
  'please do',
  'go ahead',
  'do it',
  'i do',
  'i would',
  "i'd like that",
  'it is',
  'it does',
  'true',
  'confirm',
  'confirmed',
  'yes please',
  'please',
  'by all means',
  'for sure',
  'you bet',
  'uh huh',
  'mhm',
  'i think so',
  'that would be great',
  "that'd be great",
  "let's do it",
  'go for it',
  'sure thing',
  'that is fine',
  'that is okay',
  "that's okay",
  'that is good',
  "that's good",
  // informal and clipped assent, as typed or spoken: "ye", "yeh", "go on then", "fair enough", "sweet as"
  'ye',
  'yeh',
  'yas',
  'yaa',
  'yis',
  'go on then',
  'go on',
  'fair enough',
  'spot on',
  'fine by me',
  'ok with me',
  'okay with me',
  'fine with me',
  'happy to',
  "i'm happy to",
  'i guess so',
  'i suppose so',
  'i reckon so',
  'i believe so',
  'i hope so',
  'probably',
  'most likely',
  'deffo',
  'defo',
  'righto',
  'right oh',
  'will do',
  'too right',
];
const NEGATIVE = [
  'no',
  'nope',
  'nah',
  'no way',
  'not really',
  'not at all',
  'not now',
  'not at this time',
  'not right now',
  'not yet',
  'not today',
  "i don't",
  "don't",
  'i do not',
  'do not',
  "i don't think so",
  'never',
  'negative',
  "i'd rather not",
  'rather not',
  'i would rather not',
  'false',
  'wrong',
  "that's wrong",
  'that is wrong',
  'incorrect',
  "that's not right",
  'that is not right',
  "that's not correct",
  'not correct',
  'not quite',
  'cancel',
  "i can't",
  'i cannot',
  "i won't",
  'i will not',
  "it isn't",
  "it's not",
  'it is not',
  "doesn't",
  'does not',
  "it doesn't",
  'not',
  'no thanks',
  'no thank you',
  'not interested',
  'neither',
  'none',
  // "nobody hurt", "no-one was there": no one at all is a no
  'nobody',
  'no-one',
  'absolutely not',
  'definitely not',
  'of course not',
  'certainly not',
  'not necessarily',
  "i'm not",
  // hedged and informal refusals: "probably not", "I doubt it", "nah mate"
  'probably not',
  'likely not',
  'maybe not',
  'perhaps not',
  'i guess not',
  'i suppose not',
  'i think not',
  'hopefully not',
  'not likely',
  'unlikely',
  'i doubt it',
  'nay',
  'naw',
  'nup',
  'no no',
  'not really no',
];

/**
 * Assent words that also describe things ("good food", "I'll go on holiday", "probably
 * Tuesday"): they answer yes only when they open the reply.
 */
const START_ONLY = /^(?:please|good|great|right|fine|k|probably|most likely|go on|happy to)$/;

/** "yesss", "yeahhh", "nooo", "okkk": a letter typed three or more times counts once. */
const collapseRepeats = (text: string) => text.replace(/([a-z])\1{2,}/g, '$1');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (list: string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((p) => escape(p).replace(/ /g, '\\s+'))
    .join('|');
const POS_RE = new RegExp(`(?:^|[^a-z'])(${alternation(POSITIVE)})(?=$|[^a-z'])`, 'g');
const NEG_RE = new RegExp(`(?:^|[^a-z'])(${alternation(NEGATIVE)})(?=$|[^a-z'])`, 'g');

function earliest(re: RegExp, text: string): { index: number; phrase: string } | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  return m && m[1] ? { index: m.index + m[0].indexOf(m[1]), phrase: m[1] } : null;
}

/**
 * Assent named inside a condition or a time clause ("before I agree", "if we say yes", "until I confirm"):
 * it says what has not happened yet, so it answers neither way; nor does a polite condition that asks leave
 * ("if you don't mind", "if that's ok").
 */
const SUBORDINATE_ASSENT =
  /\b(?:(?:before|if|unless|until|till|once|when)\s+(?:i|we)\s+(?:(?:can|do|will|'ll)\s+)?(?:agree|confirm|consent|accept|sign(?:\s+off)?|say\s+(?:yes|ok(?:ay)?|no))|if\s+you\s+(?:don't|do not|dont)\s+mind|if\s+(?:that's|that is|thats|it's|it is)\s+(?:ok(?:ay)?|alright|all right|fine))\b/g;

/**
 * Words that only lead into the answer: an acknowledgement of what the guide said ("ok makes sense", "I
 * see", "got it"), a hesitation ("hmm", "well"), an apology or a taking back of what was said before
 * ("sorry, I misread the question", "my bad", "scratch that"). Each is followed by a pause (a space or a
 * stop). The words are English discourse markers, a closed class.
 */
const LEAD_IN =
  /^(?:(?:ok(?:ay)?|k|alright|all right|right|ah+|oh+|hm+|um+|uh+|er+m?|well|so|wait|hang on|hold on|sorry|oops|whoops|my (?:bad|mistake)|i see|got it|gotcha|understood|i understand|(?:that|it) makes sense|makes sense|fair enough|thanks|thank you|cool|i (?:misread|misunderstood|misheard)(?: (?:the|your|that) question| (?:that|it|you))?|i got (?:that|it) wrong|scratch that|i take (?:that|it) back)(?:[\s.,!;:-]+|$))+/;

/**
 * Reads `utterance` as an answer to a yes/no question: true, false, or null when it is neither (or both at the
 * same spot). "Yes, that's right" → true; "No, that's all" → false; "I don't mind" → true; "not really" → false.
 * Words that only lead in ("ok makes sense. nope nothing", "sorry, I misread the question. I don't") give way
 * to the answer after them; alone ("ok", "right") they are the answer.
 */
export function detectYesNo(utterance: string): boolean | null {
  const text = collapseRepeats(normalize(utterance))
    .replace(/[\u2019]/g, "'")
    .replace(SUBORDINATE_ASSENT, (m) => ' '.repeat(m.length));
  if (!text) return null;
  const lead = LEAD_IN.exec(text);
  const after = lead ? text.slice(lead[0].length).trim() : '';
  const answer = after ? readYesNo(after) : null;
  return answer ?? readYesNo(text);
}

/** `detectYesNo` of normalized `text`: the earliest yes or no phrase of the first clause decides. */
function readYesNo(text: string): boolean | null {
  const clauses = text
    .split(/[.!?;]+|,(?=\s)/)
    .map((c) => c.trim())
    .filter(Boolean);
  const first = clauses[0] ?? text;
  const scopes = text.split(/\s+/).length <= 6 ? [first, text] : [first];
  for (const scope of scopes) {
    const pos = earliest(POS_RE, scope);
    const neg = earliest(NEG_RE, scope);
    // "my english is not so good": a "not" and an assent word both inside a remark answer nothing
    const weakPos = pos !== null && START_ONLY.test(pos.phrase) && pos.index > 0;
    const weakNeg = neg !== null && neg.phrase === 'not' && neg.index > 0;
    if (weakPos && weakNeg) continue;
    // "not right" / "not good": a negative that covers a positive phrase inside it wins
    if (pos && neg) {
      if (pos.index === neg.index) return pos.phrase.length > neg.phrase.length;
      if (neg.index <= pos.index && neg.index + neg.phrase.length >= pos.index - 1) return false;
      if (pos.index <= neg.index && pos.index + pos.phrase.length > neg.index) return true;
      return pos.index < neg.index ? true : false;
    }
    // "please" alone is a yes; "Please find out whether …" is a request
    if (pos?.phrase === 'please' && /^please\s+(?!do\b)\w+/.test(scope.slice(pos.index))) continue;
    if (pos) return START_ONLY.test(pos.phrase) && pos.index > 0 ? null : true;
    if (neg) return neg.phrase === 'not' && neg.index > 0 ? null : false;
  }
  return null;
}

const DONT_CARE = new RegExp(
  [
    // not the polite "if you don't mind", which asks leave
    String.raw`\b(?<!\bif you )(?:i\s+)?(?:don't|do not|dont)\s+(?:really\s+)?(?:care|mind|have a preference)\b(?!\s+(?:for|about)\s+(?:it|that|this)\b)`,
    String.raw`\b(?:it\s+)?(?:doesn't|does not|doesnt)\s+(?:really\s+)?matter\b`,
    String.raw`\bno\s+(?:particular\s+|real\s+|specific\s+)?preferences?\b`,
    String.raw`\bwhatever(?:'s| is)?\b(?:\s+(?:fine|available|works|you (?:think|like|want|recommend)))?`,
    String.raw`\bany(?:thing|one|where|time|how)?\s+(?:is|would be|will be|'s)?\s*(?:fine|ok|okay|good|great)\b`,
    String.raw`\bany\s+(?:\w+\s+){0,2}(?:is|would be|will be|works|will do)\b`,
    String.raw`\beither\s+(?:one|way|is fine|works|will do)\b`,
    String.raw`\b(?:i'm|i am)\s+(?:flexible|easy|not picky|open)\b`,
    String.raw`\bnot\s+(?:picky|fussy|bothered)\b`,
    String.raw`\b(?:up to you|your (?:choice|call)|you (?:choose|pick|decide))\b`,
    String.raw`\b(?:no matter|regardless)\b`,
    String.raw`^\s*(?:any|anything|anyone|anywhere|whichever|either)\s*[.!]?\s*$`,
    String.raw`\bdoesn't make (?:a|any) difference\b`,
  ].join('|'),
  'i',
);

/**
 * True when `utterance` says the user has no preference: "any", "doesn't matter", "I don't care",
 * "no preference", "whatever", "anything is fine", "either is fine", "up to you".
 */
export function detectDontCare(utterance: string): boolean {
  return DONT_CARE.test(normalize(utterance));
}
