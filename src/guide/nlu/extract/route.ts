import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from './types.js';
import { textKind } from './text-kind.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar-words.js';

/**
 * Routes: a pair of free-text fields where one holds where something starts (origin, from, pick-up, current
 * address) and the other where it ends (destination, to, drop-off, new address), and the "from X to Y" /
 * "X to Y" / "X -> Y" phrases that fill both. A place keeps its commas ("Austin, TX", "14 Elm Street,
 * Cambridge MA") up to the "to" that starts the other one.
 */

/** The start and end fields of a route. */
export interface RoutePair {
  start: Field;
  end: Field;
}

/** Words of a field's name or label that make it the start of a route. */
const START_WORDS =
  /\b(?:from|origin|start(?:ing)?|pick ?up|departure|depart(?:ing)?|leaving|old|current|previous|source)\b/;
/** Words of a field's name or label that make it the end of a route. */
const END_WORDS =
  /\b(?:to|destination|end(?:ing)?|drop ?off|arrival|arriving|new|delivery|deliver(?:ed)?|target)\b/;
/** Text kinds a place can have (a person, a title or an amount is no place). */
const PLACE_KINDS = new Set(['origin', 'destination', 'location', 'address', 'organization', 'generic']);

const words = (f: Field) =>
  `${f.name.replace(/_/g, ' ')} ${f.label}`
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/-/g, ' ');

/**
 * The role of a free-text field in a route, or null. The words of its name and label decide (a description
 * says "from" too often: "the number from the card"); a person, title or amount field has none.
 */
export function routeRole(field: Field): 'start' | 'end' | null {
  if (field.type !== 'text' || !PLACE_KINDS.has(textKind(field))) return null;
  const w = words(field);
  const start = START_WORDS.test(w);
  const end = END_WORDS.test(w);
  return start === end ? null : start ? 'start' : 'end';
}

/** The one start and one end field among `fields`, or null when there is not exactly one of each. */
export function routePair(fields: Field[]): RoutePair | null {
  const starts = fields.filter((f) => routeRole(f) === 'start');
  const ends = fields.filter((f) => routeRole(f) === 'end');
  return starts.length === 1 && ends.length === 1 ? { start: starts[0]!, end: ends[0]! } : null;
}

/** Where a place ends inside its clause: a preposition, a conjunction or a date. */
const PLACE_END = new RegExp(
  String.raw`\s+(?:and|on|in|by|around|next|this|for|with|but|because|so|then|before|after|at|sometime|early|late|mid|within|please|thanks|since|as|we|i|it|our|my|(?:${MONTH_NAMES})\b|${WEEKDAY_NAMES}|tomorrow|today|tonight)\b.*$`,
  'i',
);
/** A comma part that continues a place: capitalised words or a postcode ("TX", "Portland ME", "02139"). */
const PLACE_PART = /^(?:[A-Z][\w.'’-]*|\d{5}(?:-\d{4})?)(?:\s+(?:[A-Z][\w.'’-]*|\d{5}(?:-\d{4})?))*$/;
/** The words that join the two places. */
const JOIN = String.raw`\s+(?:to|till|until|into)\s+|\s*(?:->|→|=>|–>|—>)\s*|\s+[-–—]\s+`;
/** Words that cannot be (part of) a place said before "to": "I want to …", "we need to …". */
const NOT_PLACE =
  /\b(?:i|we|you|it|he|she|they|me|us|want|wanted|need|needs|like|going|have|has|had|would|will|can|could|should|plan|planning|try|trying|is|are|was|were|be|change|switch|set|update|move|moving|go|get|how|what|when|where|why|not|the|a|an|this|that|my|our|your|back|up|due|able|ready|from|out|of)\b/i;

/** Words that are no place: dates, times, amounts. */
const NOT_PLACE_WORD = new RegExp(
  String.raw`^(?:${MONTH_NAMES}|${WEEKDAY_NAMES}|[ap]\.?m\.?|noon|midnight|o'?clock|hours?|minutes?|days?|weeks?|months?|years?|nights?|[a-z]|\d+[a-z]{0,3}|[$€£]?[\d.,]+[km]?)$`,
  'i',
);

/** Whether a phrase can name a place: some word of it is no date, time, number or amount ("4", "2br"). */
export function isPlace(phrase: string): boolean {
  return phrase.split(/[\s,]+/).some((w) => w && !NOT_PLACE_WORD.test(w));
}

/** A place said after "to": its first clause, with comma parts that continue it ("Denver, CO"). */
function placeAfter(text: string): string | null {
  const clause = text.split(/[.;!?()]|\s+[-–—]\s+/)[0] ?? '';
  const [first, ...parts] = clause.split(',');
  const head = (first ?? '').replace(PLACE_END, '').trim();
  if (!head || head.split(/\s+/).length > 6) return null;
  let place = head;
  if (head === (first ?? '').trim())
    for (const part of parts) {
      const p = part.trim();
      const cut = p.replace(PLACE_END, '').trim();
      if (!PLACE_PART.test(cut)) break;
      place += `, ${cut}`;
      if (cut !== p) break;
    }
  place = place.replace(/^(?:the)\s+(?=[A-Z])/, '');
  return isPlace(place) ? place : null;
}

/** A place said before "to": 1–8 words, none of them a pronoun, verb or article. */
function placeBefore(text: string): string | null {
  const place = text
    .trim()
    .replace(/,$/, '')
    .replace(/^(?:the)\s+/i, '');
  const n = place.split(/\s+/).length;
  if (!place || n > 8 || NOT_PLACE.test(place.replace(/,/g, ' ')) || !isPlace(place)) return null;
  return /^[A-Z0-9]/.test(place) || n <= 3 ? place : null;
}

/** The two places of a route phrase and the words they were read from. */
export interface RouteSaid {
  from: string;
  to: string;
  span: string;
}

const JOINED = new RegExp(String.raw`^(.+?)(?:${JOIN})(.+)$`);

/**
 * The two places of `text` when it starts with "X to Y" (or "X -> Y" …): `from`, `to`, and the offset in
 * `text` where the second place ends. Null when either is no place.
 */
function joinedPlaces(text: string): { from: string; to: string; end: number } | null {
  const m = JOINED.exec(text);
  const from = m ? placeBefore(m[1]!) : null;
  const to = from ? placeAfter(m![2]!) : null;
  if (!from || !to) return null;
  return { from, to, end: text.indexOf(to, m![1]!.length) + to.length };
}

/** Greetings and fillers said before a bare "X to Y". */
const OPENING =
  /^(?:\s*(?:hi|hello|hey|ok(?:ay)?|so|well|um+|uh+|yes|yeah|sure|it's|it is|we're|from)\b[\s,!.:-]*)*/i;

/**
 * The route said in `utterance`: "from X to Y" (or "out of X into Y") anywhere, or — when `bare` — an answer
 * that is only "X to Y" / "X -> Y" / "X → Y" at the start of the utterance. Null when none.
 */
export function findRoute(utterance: string, bare: boolean): RouteSaid | null {
  for (const lead of utterance.matchAll(/\b(?:from|out of)\s+/gi)) {
    const after = utterance.slice(lead.index + lead[0].length);
    const places = joinedPlaces(after);
    if (places)
      return {
        from: places.from,
        to: places.to,
        span: utterance.slice(lead.index, lead.index + lead[0].length + places.end),
      };
  }
  const arrow = /->|→|=>/.test(utterance);
  if (!bare && !arrow) return null;
  const start = OPENING.exec(utterance)?.[0].length ?? 0;
  const rest = utterance.slice(start);
  const places = joinedPlaces(rest);
  return places ? { from: places.from, to: places.to, span: rest.slice(0, places.end) } : null;
}

const PLACE_NOUN = String.raw`(?:address|place|location|city|town|point|spot|home|house|apartment|flat|one)`;
const START_ROLE = String.raw`(?:old|current|previous|origin|pick-?up|departure|starting|start)`;
const END_ROLE = String.raw`(?:new|destination|drop-?off|delivery|arrival|final|end)`;
const ROLE_VALUE = (role: string) =>
  new RegExp(
    String.raw`\b(?:(?:my|the|our)\s+)?(?:${role}(?:\s+${PLACE_NOUN})?|${PLACE_NOUN}\s+(?:of\s+)?${role})\s+(?:is|should be|will be|would be|is actually|=|:)\s+|\b(?:change|make|set|update|switch)\s+(?:(?:my|the|our)\s+)?${role}(?:\s+${PLACE_NOUN})?\s+(?:to|into)\s+`,
    'gi',
  );

/**
 * A place stated for one end of the route by naming that end: "the new address is 22 Harbor Rd, not 220",
 * "change the pick-up location to Gatwick", "the destination is Reno". Null when no end is named.
 */
export function namedRouteEnd(
  utterance: string,
): { role: 'start' | 'end'; value: string; span: string } | null {
  for (const [role, words] of [
    ['start', START_ROLE],
    ['end', END_ROLE],
  ] as const) {
    for (const m of utterance.matchAll(ROLE_VALUE(words))) {
      // a role word said as a plain "one" needs its noun: "the new one is …" could be anything
      if (/\bone\s+(?:is|should|will|would)/i.test(m[0]) && !/\b(?:destination|origin)\b/i.test(m[0]))
        continue;
      const value = placeAfter(utterance.slice(m.index + m[0].length));
      if (value) return { role, value, span: `${m[0]}${value}` };
    }
  }
  return null;
}

/**
 * Candidates for both fields of the route pair among `fields` from `utterance` (none when the fields hold no
 * pair or no route is said). `bare` allows a bare "X to Y" (the route was asked for).
 */
export function routeCandidates(utterance: string, fields: Field[], bare: boolean): Candidate[] {
  const pair = routePair(fields);
  const said = pair ? findRoute(utterance, bare) : null;
  const named = pair && !said ? namedRouteEnd(utterance) : null;
  if (pair && named) {
    const field = named.role === 'start' ? pair.start : pair.end;
    return [
      { field: field.name, value: named.value, confidence: 0.85, extractor: 'route-end', span: named.span },
    ];
  }
  if (!pair || !said) return [];
  return [
    { field: pair.start.name, value: said.from, confidence: 0.85, extractor: 'route', span: said.span },
    { field: pair.end.name, value: said.to, confidence: 0.85, extractor: 'route', span: said.span },
  ];
}

/**
 * The answer to a question about one of the route's fields: both places, from "from X to Y" or a bare
 * "X to Y" / "X -> Y". Empty when no asked field belongs to the route pair of `fields` or no route is said.
 */
export function routeAnswer(utterance: string, asked: Field[], fields: Field[]): Candidate[] {
  const pair = routePair(fields);
  const inPair = pair && asked.some((f) => f.name === pair.start.name || f.name === pair.end.name);
  return inPair ? routeCandidates(utterance, fields, true) : [];
}
