import type { Field } from '../../core/wizard/definition.js';
import { asksLeave } from './acts.js';
import { STOPWORDS } from './extract/normalize.js';

/**
 * Intent detection for the embedded guide: navigation commands, corrections that name a field, and
 * "let's continue". Pure functions over the user's words; values are extracted elsewhere.
 */

/** A navigation or conversation command that applies whatever the guide just asked. */
export type Command = 'back' | 'skip' | 'repeat' | 'start_over' | 'help';

const POLITE = String.raw`(?:(?:ok(?:ay)?|um+|uh+|hmm+|so|well|oh|hey|please|wait|hang on|hold on|sorry|actually|before that|can you|could you|can we|could we|can i|could i|may i|let me|i need to|i wanna|let's|lets|i want to|i'd like to|i would like to)[,\s]+)*`;
const TAIL = String.raw`(?:[,\s]+(?:please|again|thanks|thank you|actually))*[\s.!?]*$`;

const COMMANDS: Array<[Command, RegExp]> = [
  [
    'repeat',
    new RegExp(
      `^${POLITE}(?:repeat(?: that| the question| it)?|say (?:that|it) again|come again|pardon(?: me)?|what was the question|sorry,? what\\??|what did you (?:say|ask))${TAIL}`,
      'i',
    ),
  ],
  [
    'start_over',
    new RegExp(
      `^${POLITE}(?:start (?:over|again|from scratch|from the (?:beginning|start))|restart|reset(?: everything| the form)?|begin again)${TAIL}`,
      'i',
    ),
  ],
  [
    'back',
    new RegExp(
      `^${POLITE}(?:go back|step back|back(?: up)?|previous(?: step| question| page)?|go to the previous (?:step|question|page))(?: a step| one step| (?:for )?a (?:sec|second|moment|minute|tick))?${TAIL}`,
      'i',
    ),
  ],
  [
    'skip',
    new RegExp(
      `^${POLITE}(?:skip(?: (?:it|that|this|this one|that one|this question))?|pass|next(?: question)?|move on|leave (?:it|that) (?:blank|empty|out)|i'd rather not(?: say)?|rather not say|prefer not to say)${TAIL}`,
      'i',
    ),
  ],
  [
    'help',
    new RegExp(
      `^${POLITE}(?:help(?: me)?|what can i say|what do you (?:need|mean)|i don't understand)${TAIL}`,
      'i',
    ),
  ],
];

/**
 * Recognises a command when the whole utterance is the command ("go back", "wait, go back", "skip that,
 * please"), or when going back or skipping leads a sentence that only gives the reason.
 */
export function detectCommand(utterance: string): Command | null {
  return readCommand(utterance)?.command ?? null;
}

/**
 * The words after a step back that give its reason ("go back a sec, I want to change the budget" → "I want to
 * change the budget"); undefined when the utterance is no step back or gives no reason.
 */
export function stepBackReason(utterance: string): string | undefined {
  const read = readCommand(utterance);
  return read?.command === 'back' && read.reason ? read.reason : undefined;
}

/** The command an utterance gives and the reason said after it ("" when the command is the whole utterance). */
function readCommand(utterance: string): { command: Command; reason: string } | null {
  const text = utterance.trim();
  // "can we skip this?" asks leave: it is answered, and the person skips in words of their own
  if (asksLeave(text)) return null;
  for (const [command, pattern] of COMMANDS) if (pattern.test(text)) return { command, reason: '' };
  // "hang on, go back — I want to change the date": going back or skipping first, then the reason; a bare
  // "back" before more words is the person returning ("ok back. Acme Ltd, about 3k"), not a step back
  const head = /^(.+?)(?:\s+[—–-]+\s+|[.?!;]\s+)/.exec(text);
  if (head && !BARE_BACK.test(head[1]!))
    for (const [command, pattern] of COMMANDS)
      if ((command === 'back' || command === 'skip') && pattern.test(head[1]!))
        return { command, reason: text.slice(head[0].length).trim() };
  // "go back please, I gave the wrong company", "wait, go back, that date's wrong": an explicit step back
  // before a comma and the reason
  // "wait go back, rename it to Nova Fox": the change itself follows, read as a correction
  for (const comma of text.matchAll(/,\s+(?=\S)/g)) {
    const before = text.slice(0, comma.index);
    const after = text.slice(comma.index + comma[0].length);
    if (!BARE_BACK.test(before) && COMMANDS_BY_NAME.back.test(before) && !CHANGE_GIVEN.test(after))
      return { command: 'back', reason: after.trim() };
  }
  return null;
}

/**
 * A change said with its new value: "rename it to Nova Fox", "change the date to the 5th", "make it 8
 * hours", "call it Echo" (not "I want to change the hours", "change the date", which only give the reason).
 */
const CHANGE_GIVEN =
  /^(?:please\s+)?(?:rename\b.*\S|(?:change|switch|update|set|move)\s+.+?\s+to\s+\S|make\s+(?:it|that|them|the\s+\w+)\s+\S|(?:call|name)\s+(?:it|him|her|them)\s+\S)/i;

const COMMANDS_BY_NAME = Object.fromEntries(COMMANDS) as Record<Command, RegExp>;

/** "back", "ok back", "okay, back now": the word alone, which also says "I'm back". */
const BARE_BACK = new RegExp(`^${POLITE}back(?: now| again)?${TAIL}`, 'i');

const CONTINUE =
  /^(?:ok(?:ay)?|sure|continue|go on|go ahead|next|ready|let's go|lets go|carry on|proceed|sounds good|got it|alright|all right)\b/i;

/** Whether the words ask to go on ("continue", "ok", "next"). */
export function isContinue(utterance: string): boolean {
  return CONTINUE.test(utterance.trim());
}

/** Words that mark a correction of something said before. */
const CORRECTION_LEAD =
  /^(?:(?:no|nope|sorry|oops|wait|actually|correction|hold on|i mean|i meant|my mistake|scratch that)[,.!\s]+)+/i;
const CHANGE_VERB =
  /^(?:(?:please|can you|could you|would you|will you|can we|could we)\s+)*(?:please\s+)?(?:change|update|set|make|correct|fix|switch|edit)\s+/i;
/** A clause that leads into a request without answering ("before I confirm,", "one more thing:", "oh and"). */
const LEAD_IN_CLAUSE =
  /^(?:(?:before|while) (?:i|we) (?:confirm|submit|send|finish|go on|continue|forget|answer)\w*|one (?:more |last )?thing|oh and|and also|also|and|by the way|btw)[,:;.!\s]+/i;
const CONNECTOR = /^(?:is|was|should be|to be|to|=|:|as|into|'s|’s)\s*/i;
/** The words before the verb of a change request ("please", "can you"). */
const CHANGE_LEAD = /^(?:(?:please|can you|could you|would you|will you|can we|could we)\s+)*(?:please\s+)?/i;
/** A new value said right after the field's name: a capitalised word, digits or a quote ("Juno", "90", "'Bo'"). */
const NEW_VALUE = /^(?:[A-Z\d"'“‘])/;

/** Last words of a label that only qualify the thing it names ("Avatar description", "Catering style", "Pain level"). */
const DESCRIPTOR =
  /^(?:description|prompt|text|details|info|information|type|style|name|title|level|rating|score)$/;

/**
 * The things a label of alternatives names one by one: "Company or affiliation" → company, affiliation;
 * "Social or profile link" → social link, profile link (the last alternative's noun ends each). Empty when
 * the label holds no " or ".
 */
export function labelAlternatives(label: string): string[] {
  const parts = label
    .toLowerCase()
    .split(/\s+or\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return [];
  const last = parts[parts.length - 1]!.split(/\s+/);
  const noun = last.length > 1 ? last[last.length - 1]! : '';
  return parts.map((p, i) => (i < parts.length - 1 && noun && !p.includes(' ') ? `${p} ${noun}` : p));
}

/** A phrase that names a field: its label, its name's words, its hints, and a few synonyms by type. */
export function fieldPhrases(field: Field): string[] {
  const phrases = new Set<string>();
  const add = (s: string) => {
    const p = s
      .toLowerCase()
      .replace(/[?.!:*]+$/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (p.length >= 2 && p.split(' ').length <= 4) phrases.add(p);
  };
  add(field.label);
  for (const alternative of labelAlternatives(field.label)) add(alternative);
  add(field.name.replace(/_/g, ' '));
  // "Avatar description" is also "the avatar"; "Your name" is not "your"
  const label = field.label.toLowerCase().split(/\s+/);
  if (label.length === 2 && DESCRIPTOR.test(label[1]!) && label[0]!.length >= 4 && !STOPWORDS.has(label[0]!))
    add(label[0]!);
  for (const hint of field.extraction_hints) add(hint);
  const words = field.name.split('_');
  if (words.length > 1) add(words[words.length - 1]!);
  for (const synonym of TYPE_SYNONYMS[field.type] ?? []) add(synonym);
  if (/name/.test(field.name) && !/company|business|org/.test(field.name)) add('name');
  if (/company|organi[sz]ation|employer|business/.test(field.name))
    ['company', 'organisation', 'organization', 'employer', 'business'].forEach(add);
  return [...phrases];
}

const TYPE_SYNONYMS: Partial<Record<Field['type'], string[]>> = {
  email: ['email', 'e-mail', 'email address', 'e-mail address', 'mail'],
  phone: ['phone', 'phone number', 'number', 'mobile', 'cell', 'telephone', 'telephone number'],
  url: ['website', 'site', 'url', 'web address', 'link'],
  date: ['date', 'day'],
  time: ['time', 'hour'],
};

/** A field named in the user's words, with the words that follow it (the candidate new value). */
export interface FieldMention {
  field: Field;
  /** Text after the mention and its connector ("to", "is"), e.g. "Bob" in "change the name to Bob". */
  rest: string;
  /** Whether the words mark a change ("actually", "change … to"). */
  correction: boolean;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds an explicit statement about a field: "my email is …", "change the name to Bob", "actually the
 * phone should be …", or a bare "change the email". The longest matching phrase wins; ties go to the
 * first field. Returns null when no field is named at the start of the (de-prefixed) utterance.
 */
export function detectFieldMention(utterance: string, fields: Field[]): FieldMention | null {
  let text = utterance
    .trim()
    .replace(/^(?:(?:um+|uh+|hmm+|oh|ok(?:ay)?|so|well|hang on|hold on)[,.!\s]+)+/i, '');
  text = text.replace(LEAD_IN_CLAUSE, '');
  let correction = false;
  const lead = CORRECTION_LEAD.exec(text);
  if (lead) {
    correction = true;
    text = text.slice(lead[0].length);
  }
  const verb = CHANGE_VERB.exec(text);
  if (verb) {
    correction = true;
    text = text.slice(verb[0].length);
  }
  const head = /^(?:(?:the|my|our|your|a)\s+)?/i.exec(text)![0];
  const body = text.slice(head.length);
  let best: { field: Field; phrase: string } | null = null;
  for (const field of fields) {
    for (const phrase of fieldPhrases(field)) {
      const re = new RegExp(`^${escape(phrase)}(?![a-z0-9])`, 'i');
      if (re.test(body) && (!best || phrase.length > best.phrase.length)) best = { field, phrase };
    }
  }
  if (!best) return null;
  const after = body.slice(best.phrase.length).trim();
  const connector = CONNECTOR.exec(after);
  // "make the name Juno": "make" takes the new value without a connector, when a name or number follows
  const made =
    !connector && !!verb && /^make\b/i.test(verb[0].replace(CHANGE_LEAD, '')) && NEW_VALUE.test(after);
  if (!connector && after !== '' && !made) return null;
  if (!connector && !verb) return null;
  // "change the name to Juno instead": the closing "instead" marks the change, it is no part of the value
  const rest = after
    .slice(connector ? connector[0].length : 0)
    .trim()
    .replace(/[\s?!.]+$/, '')
    .replace(/[\s,]+(?:instead|rather)(?:[\s,]+(?:please|thanks|thank you))?$/i, '');
  return { field: best.field, rest, correction };
}

/** The field whose phrase (label, name, synonym) occurs anywhere in the words; the longest phrase wins. */
export function fieldNamedIn(utterance: string, fields: Field[]): Field | undefined {
  let best: { field: Field; length: number } | undefined;
  for (const field of fields) {
    for (const phrase of fieldPhrases(field)) {
      if (phrase.length <= (best?.length ?? 0)) continue;
      if (new RegExp(`(?<![a-z0-9])${escape(phrase)}(?![a-z0-9])`, 'i').test(utterance))
        best = { field, length: phrase.length };
    }
  }
  return best?.field;
}

const ANY_FIELD = /\b(?:any|whatever|whichever|either)\s+([a-z]+(?:\s+[a-z]+)?)/gi;

/**
 * Fields the user says they have no preference about: in each clause that `isDontCare` accepts ("I don't
 * care what date"), or that says "any <field>" ("any day is fine", "play it on any device"), the field
 * the clause names. `fallback` (the asked field) is used for a no-preference clause that names none.
 */
export function noPreferenceFields(
  utterance: string,
  fields: Field[],
  isDontCare: (clause: string) => boolean,
  fallback?: Field,
): Field[] {
  const out: Field[] = [];
  const add = (f: Field | undefined) => {
    if (f && !out.includes(f)) out.push(f);
  };
  for (const clause of utterance.split(/[,.;!?]+|\s+(?:but|and)\s+/i).filter((c) => c.trim())) {
    let named = false;
    for (const m of clause.matchAll(ANY_FIELD)) {
      const field = fieldNamedIn(m[1]!, fields);
      if (field) {
        add(field);
        named = true;
      }
    }
    if (!named && isDontCare(clause)) add(fieldNamedIn(clause, fields) ?? fallback);
  }
  return out;
}
