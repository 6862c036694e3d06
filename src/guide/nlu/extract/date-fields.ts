import type { Field } from '../../../core/wizard/definition.js';
import type { ExtractContext } from './types.js';
import { containsPhrase, tokens } from './normalize.js';
import { cueScore, pickPrimary, pick } from './pick.js';
import { localDay, type SaidDayParts } from './dates.js';
import { dayBehind } from './behind-days.js';
import { isExpiryField, saysExpiry } from './expiry-date.js';

/**
 * Which of several date fields a said date belongs to, from the field's words: a birth date lies in the past,
 * an appointment or a move in the future. Used as tie-breakers after the words around the date (`cueScore`).
 */

/** Label words of a field whose date can only lie in the past (a birth date). */
const BIRTH = new Set(['birth', 'born', 'dob', 'birthday', 'birthdate', 'bday']);
/** Label words of a field whose date usually lies in the past. */
const PAST = new Set([
  ...BIRTH,
  'since',
  'started',
  'issued',
  'issue',
  'onset',
  'incident',
  'accident',
  'injury',
  'purchase',
  'purchased',
  'bought',
  'last',
  'previous',
  'prior',
  'hired',
  'joined',
  'diagnosed',
  'diagnosis',
  'graduated',
  'occurred',
  'happened',
]);
/** Label words of a field whose date usually lies in the future. */
const FUTURE = new Set([
  'preferred',
  'desired',
  'requested',
  'appointment',
  'booking',
  'book',
  'reservation',
  'reserve',
  'move',
  'moving',
  'delivery',
  'deliver',
  'pickup',
  'dropoff',
  'departure',
  'depart',
  'arrival',
  'arrive',
  'checkin',
  'checkout',
  'visit',
  'event',
  'due',
  'deadline',
  'scheduled',
  'schedule',
  'install',
  'installation',
  'travel',
  'trip',
  'flight',
  'return',
  'planned',
  'upcoming',
  'next',
  'available',
  'availability',
  'earliest',
]);

/** The words a field is described by: name, label, description and extraction hints. */
function fieldWords(field: Field): string[] {
  const parts = [
    field.name.replace(/_/g, ' '),
    field.label,
    field.description ?? '',
    ...(field.extraction_hints ?? []),
  ];
  return tokens(parts.join(' '));
}

/** Whether the field holds a birth date (its words say birth, born, DOB …): never a future date. */
export function isBirthField(field: Field): boolean {
  return tokens(`${field.name.replace(/_/g, ' ')} ${field.label}`).some((w) => BIRTH.has(w));
}

/** A field asked as a question about what happened: "When did it start?", "When was it noticed?". */
const ASKED_AFTER = /\bwhen (?:did|was|were|had)\b/;
/**
 * Words of a field whose date can only have happened already: an incident, an onset, a purchase. Not the
 * looser "last", "previous" or "since" of `PAST` ("last_day" of a hire lies ahead).
 */
const HAPPENED = new Set([
  'incident',
  'accident',
  'injury',
  'onset',
  'occurred',
  'happened',
  'noticed',
  'discovered',
  'purchased',
  'bought',
  'diagnosed',
]);

/**
 * Whether `field` dates something that already happened: its words name an incident, an onset, a purchase
 * ("Date of the incident"), or it asks when something did happen ("When did it start?"). A birth date is
 * read apart (see `isBirthField`).
 */
export function datesWhatHappened(field: Field): boolean {
  const words = fieldWords(field);
  return words.some((w) => HAPPENED.has(w)) || ASKED_AFTER.test(words.join(' '));
}

/** The time direction a date field's words point to ("date of birth" → past, "preferred date" → future). */
export function fieldDirection(field: Field): 'past' | 'future' | null {
  const words = fieldWords(field);
  const text = words.join(' ');
  const past = words.some((w) => PAST.has(w)) || /\bin the past\b/.test(text) || ASKED_AFTER.test(text);
  const future = words.some((w) => FUTURE.has(w)) || /\bin the future\b/.test(text);
  return past === future ? null : past ? 'past' : 'future';
}

/** Whether "YYYY-MM-DD" lies before or after the reference day (null: that very day). */
export function dateDirection(date: string, referenceDate: Date): 'past' | 'future' | null {
  const ref = localDay(referenceDate);
  return date < ref ? 'past' : date > ref ? 'future' : null;
}

/**
 * The day a date mention gives `field`: a day said without its year ("Friday the 4th", "Saturday") read back
 * to the latest such day (`dayBehind`) when the field dates what happened ("When did it start?", "Date of the
 * incident": see `datesWhatHappened`) or the day is said as lying behind ("since Thursday", "last Friday");
 * chrono's forward reading otherwise, and always for a birth date (a day without its year is none).
 */
export function dateFor(
  field: Field,
  mention: { date: string; yearless?: SaidDayParts; pastRelative?: boolean },
  referenceDate: Date,
): string {
  // a birth date said without its year is no birth date, whichever way it is read
  if (isBirthField(field)) return mention.date;
  const behind = mention.pastRelative || datesWhatHappened(field);
  return behind ? dayBehind(mention.date, mention.yearless, referenceDate) : mention.date;
}

/**
 * Whether a said date can be the value of `field`: a birth field, or one about what happened ("When did it
 * start?", "Date of the incident": see `datesWhatHappened`), takes no future date, and a field whose words
 * point ahead (a visit, a start, a drop-off) takes no day said as lying behind ("yesterday", "last night").
 */
export function isPlausibleDate(
  field: Field,
  mention: { date: string; pastRelative?: boolean },
  referenceDate: Date,
): boolean {
  const direction = fieldDirection(field);
  // "in the next few days" is not when something started: a field about what happened takes no day ahead
  if (
    (isBirthField(field) || datesWhatHappened(field)) &&
    dateDirection(mention.date, referenceDate) === 'future'
  )
    return false;
  return !(mention.pastRelative && direction === 'future');
}

/**
 * The date mentions a field may take, in order: for a field whose words point ahead (a start, a visit), the
 * days behind the reference day go when another day is said too ("we met on 3 May 2026 and would like to
 * start on the 14th" → the 14th). Unchanged otherwise.
 */
export function aheadWhenForward<T extends { date: string }>(
  field: Field,
  mentions: T[],
  referenceDate: Date,
): T[] {
  if (fieldDirection(field) !== 'future') return mentions;
  const ahead = mentions.filter((m) => dateDirection(m.date, referenceDate) !== 'past');
  return ahead.length > 0 ? ahead : mentions;
}

/** Whether the agent's last line names the field (its label or name words): the field just asked for. */
function askedIn(agentUtterance: string | undefined, field: Field): boolean {
  if (!agentUtterance) return false;
  return [field.label, field.name.replace(/_/g, ' ')].some(
    (p) => p.trim().length > 2 && containsPhrase(agentUtterance, p),
  );
}

/** Where a mention's words are in `utterance` (its offset may be of the text as rewritten for chrono). */
export function spanAt(utterance: string, mention: { index: number; span: string }): number {
  const at = utterance.indexOf(mention.span);
  return at >= 0 ? at : mention.index;
}

/**
 * The date field a said date belongs to among `fields` (all of type date): fields the date cannot fit are
 * dropped (a future day is no birth date); then the clear cue winner; among tied fields the one the agent
 * just asked for, then the one whose time direction fits the date; then `pickPrimary`. Null when none stands
 * out.
 */
export function pickDateField(
  fields: Field[],
  utterance: string,
  mention: { date: string; index: number; span: string; pastRelative?: boolean; yearless?: SaidDayParts },
  ctx: ExtractContext,
): { field: Field; cue: boolean; weak?: boolean } | null {
  // "exp 08/31/2028", "good until 5/31/2028": an expiry dates only a field about one, and names it
  const expiry = saysExpiry(utterance, spanAt(utterance, mention));
  const pool = fields.filter(
    (f) =>
      isPlausibleDate(f, { ...mention, date: dateFor(f, mention, ctx.referenceDate) }, ctx.referenceDate) &&
      (!expiry || isExpiryField(f)),
  );
  if (expiry) return pool.length === 1 ? { field: pool[0]!, cue: true } : null;
  if (pool.length < 2) return pool[0] ? { field: pool[0], cue: false } : null;
  const scored = pool.map((f) => ({
    f,
    s: cueScore(utterance, mention.index, mention.span.length, f, true),
  }));
  const top = Math.max(...scored.map((x) => x.s));
  let tied = scored.filter((x) => x.s === top).map((x) => x.f);
  if (tied.length === 1) return { field: tied[0]!, cue: top > 0 };
  const direction = dateDirection(mention.date, ctx.referenceDate);
  const narrowers: Array<(f: Field) => boolean> = [
    (f) => askedIn(ctx.agentUtterance, f),
    (f) => direction !== null && fieldDirection(f) !== (direction === 'past' ? 'future' : 'past'),
  ];
  for (const keep of narrowers) {
    const kept = tied.filter(keep);
    if (kept.length === 1) return { field: kept[0]!, cue: false };
    if (kept.length > 1) tied = kept;
  }
  return (
    pick(tied, utterance, mention.index, mention.span.length) ??
    pickPrimary(tied, utterance, mention.index, mention.span.length)
  );
}
