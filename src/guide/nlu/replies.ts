import type { Field, Option } from '../../core/wizard/definition.js';

/**
 * Every sentence the embedded guide says, in one place: warm, concise, and in the guide's voice. Functions
 * are pure; callers join the pieces with `joinReply`.
 */

/** Joins reply pieces with single spaces, skipping empty ones. */
export function joinReply(...parts: Array<string | undefined | false>): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(' ');
}

/** The opening line: the wizard's own greeting, or "Hi, I'm {name}." */
export function greeting(guideName: string, custom?: string): string {
  return custom?.trim() ? custom.trim() : `Hi, I'm ${guideName}. I'll help you fill this in.`;
}

function lowerFirst(s: string): string {
  if (/^I(?:\b|')/.test(s)) return s; // the pronoun: "I agree to be contacted"
  return s.length > 1 && s[1] === s[1]!.toLowerCase() ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/**
 * A field's label after "your" in a sentence: lower-cased first letter, no question mark, and a label that
 * already says "Your" not doubled ("Your name" → "name", "Email?" → "email").
 */
export function yourLabel(label: string): string {
  return lowerFirst(label.replace(/\?$/, '')).replace(/^your\s+/i, '');
}

/** "a, b or c". */
export function listWords(items: string[], conjunction = 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

function optionLabels(options: Option[] | undefined): string[] {
  return (options ?? []).map((o) => o.label);
}

/** Labels that already ask for something ("Tell us about…", "Describe…"): said as they are. */
const REQUEST =
  /^(tell|describe|share|list|enter|choose|select|pick|upload|add|write|give|provide|please|explain)\b/i;
/** Labels about a topic ("About you", "About the project"): "Tell me about you." */
const TOPIC = /^about\b/i;
/** Labels naming things one may or may not have ("Notes", "Other comments"): "Any notes?" */
const OPEN_ENDED =
  /^(notes?|comments?|remarks?|feedback|questions?|anything|additional|other|further|extra|special)\b/i;

/**
 * "What's your {label}?" for a noun phrase ("Full name" → "What's your full name?"), and the forms that
 * read naturally for labels that are not one: a request is said as it is ("Describe your project."), a topic
 * becomes "Tell me about you.", an open-ended label "Any notes?", and "Your role" is not doubled.
 */
function askFor(label: string): string {
  if (REQUEST.test(label)) return /[.!]$/.test(label) ? label : `${label}.`;
  if (TOPIC.test(label)) return `Tell me ${lowerFirst(label)}.`;
  if (/^anything\b/i.test(label)) return `${label}?`;
  if (OPEN_ENDED.test(label)) return `Any ${lowerFirst(label)}?`;
  return `What's your ${yourLabel(label)}?`;
}

/**
 * The question an author wrote as the field's description ("How should we remind you of appointments?"):
 * one sentence ending in "?", at most 160 characters; else null.
 */
function authoredQuestion(field: Field): string | null {
  const d = field.description?.trim() ?? '';
  return d.length <= 160 && /^[^.?!]+\?$/.test(d) ? d : null;
}

/**
 * A question for a field, for steps without a voice prompt: the label when it is a question, else the
 * question the description asks, else one built from the label and type.
 */
export function fieldQuestion(field: Field, required: boolean): string {
  const label = field.label.trim();
  const optional = required ? '' : ' (This one is optional — say "skip" to leave it out.)';
  if (/\?$/.test(label)) return label + optional;
  const authored = authoredQuestion(field);
  switch (field.type) {
    case 'boolean':
      return `${authored ?? `${label} — yes or no?`}${optional}`;
    case 'single_select':
      return `${authored ?? askFor(label)} It can be ${listWords(optionLabels(field.options))}.${optional}`;
    case 'multi_select':
      return `${authored ?? `Which ${lowerFirst(label)} would you like?`} Pick any of ${listWords(optionLabels(field.options), 'and')}.${optional}`;
    default:
      return `${authored ?? askFor(label)}${optional}`;
  }
}

/** Examples of answers a field accepts, used when the guide understood nothing. */
export function fieldExamples(field: Field): string {
  switch (field.type) {
    case 'single_select':
    case 'multi_select':
      return `You can say ${listWords(optionLabels(field.options).map((l) => `"${l}"`))}.`;
    case 'date':
      return `For example "next Friday" or "March 3".`;
    case 'time':
      return `For example "7 pm" or "half past nine".`;
    case 'datetime':
      return `For example "next Friday at 3 pm".`;
    case 'boolean':
      return 'Just "yes" or "no" is fine.';
    case 'email':
      return 'For example "sam@example.com".';
    case 'phone':
      return 'For example "+1 415 555 0100".';
    case 'number':
    case 'slider':
      return 'A number is fine, for example "12".';
    case 'rating':
      return 'A number of stars, for example "4".';
    case 'url':
      return 'For example "example.com".';
    default:
      return shapeHint(field);
  }
}

/**
 * What a value with a required shape looks like, from the author's first hint ("a UK postcode such as LS6
 * 2AB" → "A UK postcode such as LS6 2AB."): only for a field with a `validation.pattern`, else empty.
 */
function shapeHint(field: Field): string {
  const hint = field.validation?.pattern ? field.extraction_hints?.[0]?.trim() : undefined;
  if (!hint) return '';
  return `${hint[0]!.toUpperCase()}${hint.slice(1)}${/[.!?]$/.test(hint) ? '' : '.'}`;
}

/** Said when nothing in the user's words answered the question. */
export function notUnderstood(field: Field | undefined): string {
  if (!field) return "Sorry, I didn't quite catch that.";
  const examples = fieldExamples(field);
  const what = `Sorry, I didn't catch your ${yourLabel(field.label)}`;
  return examples ? `${what}. ${examples}` : `${what} — could you say it again?`;
}

/**
 * Said when every day the person gave lies on the wrong side of today for a date field (see
 * `outOfRangeDate`): "11 December 2026 is still to come — your date of the incident can't be later
 * than today. Could you check the date?"; `display` is the day as the run shows it.
 */
export function dateOutOfRange(field: Field, side: 'ahead' | 'behind', display: string): string {
  const label = yourLabel(field.label);
  return side === 'ahead'
    ? `${display} is still to come — your ${label} can't be later than today. Could you check the date?`
    : `${display} has already passed — your ${label} needs to be today or later. Which day would you like?`;
}

const INVALID_BY_TYPE: Partial<Record<Field['type'], string>> = {
  email: "That doesn't look like a valid email address",
  phone: "That doesn't look like a valid phone number",
  url: "That doesn't look like a valid web address",
  date: "That doesn't look like a date I can use",
  time: "That doesn't look like a time I can use",
  datetime: "That doesn't look like a date and time I can use",
  number: "That doesn't look like a number I can use",
  single_select: "That isn't one of the choices",
  multi_select: "That isn't one of the choices",
};

/** A refused value in words, e.g. "That doesn't look like a valid email address — could you say it again?" */
export function invalidValue(field: Field | undefined, error: string): string {
  const lead = field ? INVALID_BY_TYPE[field.type] : undefined;
  const why = lead ?? `Hmm, ${lowerFirst(error.replace(/[.\s]+$/, ''))}`;
  const examples = field && field.type.endsWith('select') ? ` ${fieldExamples(field)}` : '';
  return `${why} — could you say it again?${examples}`;
}

/** Acknowledges values just set, e.g. "Got it: email ann@x.io." */
export function acknowledge(items: Array<{ label: string; display: string }>, correction: boolean): string {
  if (items.length === 0) return '';
  const named = items.filter((i) => !/\?\s*$/.test(i.label));
  if (named.length === 0) return correction ? "Done — I've changed that." : 'Got it.';
  if (correction)
    return `Done — I've changed ${listWords(
      named.map((i) => `${lowerFirst(i.label)} to ${i.display}`),
      'and',
    )}.`;
  return `Got it — ${named.map((i) => `${lowerFirst(i.label)}: ${i.display}`).join(', ')}.`;
}

/**
 * Mentions optional fields the guide does not ask for (`guide_asks: false`), by label: "You can also tell me
 * the model, temperature or greeting, or leave them as they are." Empty for none.
 */
export function mentionOptional(labels: string[]): string {
  if (labels.length === 0) return '';
  const names = labels.map((l) => lowerFirst(l.replace(/\?$/, '')));
  const them = names.length === 1 ? 'it' : 'them';
  return `You can also tell me the ${listWords(names, 'or')}, or leave ${them} as ${names.length === 1 ? 'it is' : 'they are'}.`;
}

/** Asks to confirm a value the guide was unsure of. */
export function didYouMean(display: string): string {
  return `Did you mean ${display}?`;
}

/** After the user rejected a low-confidence value. */
export function rejectedGuess(): string {
  return "Sorry about that — let's try again.";
}

/** A short thank-you before moving on. */
export function thanks(): string {
  return 'Thanks!';
}

/** An informational step: its instruction (or title) as a sentence, then an invitation to go on. */
export function infoStep(title: string, instruction: string | undefined): string {
  const text = (instruction ?? title).trim();
  return joinReply(text && !/[.!?:…]$/.test(text) ? `${text}.` : text, 'Shall we continue?');
}

/** Asked when the user returns to a step whose fields are all answered. */
export function revisitStep(title: string, items: Array<{ label: string; display: string }>): string {
  const have = items.map((i) => `${i.label}: ${i.display}`).join('; ');
  return joinReply(`Back on "${title}".`, have ? `I have ${have}.` : '', 'Is that still right?');
}

/** The review summary, e.g. "Here's what I have: … Shall I submit?" */
export function reviewSummary(items: Array<{ label: string; display: string }>): string {
  const have = items.map((i) => `${i.label}: ${i.display}`).join('; ');
  return `Here's what I have: ${have || 'nothing yet'}. Shall I submit?`;
}

/** Asked after "no" on the review page or on a revisited step. */
export function askWhatToChange(): string {
  return 'No problem — what would you like to change?';
}

/** Asks for a field the user named without a value ("change the email"). */
export function askNewValue(field: Field): string {
  return `Sure — what should the ${lowerFirst(field.label.replace(/\?$/, ''))} be?`;
}

/** The user tried to skip a required field. */
export function cannotSkip(field: Field): string {
  return `I'm afraid I need your ${yourLabel(field.label)} to go on.`;
}

/** An optional field skipped. */
export function skipped(): string {
  return 'No problem, skipping that.';
}

/** Going back a step. */
export function wentBack(): string {
  return "Sure, let's go back.";
}

/** Going back was refused (first step, or the wizard does not allow it). */
export function cannotGoBack(reason: string): string {
  return `I can't go back: ${reason}.`;
}

/** Starting over. */
export function startedOver(): string {
  return "Okay, let's start over from the beginning.";
}

/** Help: what the user can say. */
export function help(guideName: string): string {
  return `I'm ${guideName}. Just answer in your own words — you can also say "go back", "skip", "repeat that", "start over", or "change the email to …".`;
}

/** The user declined to continue on an informational step. */
export function waiting(): string {
  return 'No rush — say "continue" when you\'re ready.';
}

/** A short acknowledgement of a greeting, thanks or an aside, before the question again. */
export function noted(kind: 'greeting' | 'thanks' | 'aside' = 'aside'): string {
  return kind === 'greeting' ? 'Hi!' : kind === 'thanks' ? "You're welcome!" : 'No problem.';
}

/** Values removed or declined by name. */
export function removed(): string {
  return "Done — I've left that out.";
}

/** The person stops for now; the run keeps every answer. */
export function paused(): string {
  return "No problem — I've kept your answers. Come back any time and we'll pick up where we left off.";
}

/** Said once the run is submitted. */
export function closing(guideName: string): string {
  return `All done — I've submitted your answers. Thanks for your time, it was a pleasure! — ${guideName}`;
}

/** Said to any turn after completion. */
export function alreadyDone(): string {
  return "We're all finished here — your answers were submitted. Thanks again!";
}

/** Submitting failed (e.g. a required field is missing). */
export function cannotComplete(error: string): string {
  return `I couldn't submit yet: ${lowerFirst(error.replace(/[.\s]+$/, ''))}.`;
}

/** A generic refusal from the engine, in words. */
export function problem(error: string): string {
  return `Hmm, ${lowerFirst(error.replace(/[.\s]+$/, ''))}.`;
}
