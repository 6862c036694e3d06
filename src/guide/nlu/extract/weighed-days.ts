import type { DateTimeMatch } from './dates.js';

/**
 * Of several days or times said in one answer, the ones that are no choice: a day the person is away or
 * busy ("I'm away over Christmas", "we can't do the 3rd"), and the days weighed before a settling cue
 * ("tenants leave on the 4th, new ones arrive the 20th … let's say Tuesday 15 December").
 */

/**
 * A clause saying the person is not available: away, out of town, on holiday, busy, not free, cannot do.
 * A small list of the usual ways people say so.
 */
const UNAVAILABLE =
  /\b(?:(?:i'?m|i am|we'?re|we are|i'?ll be|we'?ll be|i will be|we will be)\s+(?:away|out of town|overseas|interstate|travell?ing|on holiday|on vacation|busy|not (?:around|free|available|home))|(?:can'?t|cannot|couldn'?t|won'?t)\s+(?:do|make|manage)|not available|unavailable|except|apart from|other than)\b/i;
/**
 * Words right before a day or time that settle on it after others were weighed or said first: "let's say",
 * "shall we go with", "could we make it", "change it to", "I mean", "or rather", or a "no" / "sorry" that
 * takes back what came before ("at eleven, no actually make it half eleven").
 */
const SETTLING = new RegExp(
  String.raw`(?:\b(?:let'?s|let us|shall we|we'?ll|i'?ll)\s+(?:say|go (?:with|for)|do|book|pencil in|take)|\b(?:make|change|move|switch)\s+(?:it|that)|\bi mean|\brather|\b(?:no|nope|sorry|oops|wait|actually)[\s,.!-]*)(?:\s+(?:it\s+)?(?:to|for|on|at))?(?:\s+the)?\s*$`,
  'i',
);
/** Words right after a day or time that prefer it to one said before: "2pm instead", "Friday rather". */
const PREFERRED_AFTER = /^[\s,]*(?:instead|rather)\b/i;

/** Where a clause begins: after a stop or comma, or at a joining word. */
const CLAUSE_BREAK = /[.?!;,]|\b(?:but|though|although|so|and|or|then|whereas)\b/gi;

/** The words of the clause of `text` before offset `index`. */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) start = m.index + m[0].length;
  return before.slice(start).replace(/[\u2018\u2019]/g, "'");
}

/**
 * `mentions` (of `text`, in order) without the days that are no choice when a day that is one is said too:
 * days the person is unavailable, and the days and times said before a settling cue ("let's say …") of the
 * same kind. Unchanged when nothing else is said.
 */
export function withoutWeighedDays(mentions: DateTimeMatch[], text: string): DateTimeMatch[] {
  const away = mentions.filter((m) => m.hasDate && UNAVAILABLE.test(clauseBefore(text, m.index)));
  const kept =
    away.length > 0 && away.length < mentions.filter((m) => m.hasDate).length
      ? mentions.filter((m) => !away.includes(m))
      : mentions;
  let settled = -1;
  kept.forEach((m, i) => {
    const before = text.slice(Math.max(0, m.index - 40), m.index).replace(/[\u2018\u2019]/g, "'");
    if (SETTLING.test(before) || PREFERRED_AFTER.test(text.slice(m.index + m.span.length))) settled = i;
  });
  if (settled <= 0) return kept;
  // what was said before the settled one loses the part it settles: its day, its time or both
  const chosen = kept[settled]!;
  return kept.flatMap((m, i) => {
    if (i >= settled) return [m];
    const date = chosen.hasDate ? {} : { date: m.date, hasDate: m.hasDate };
    const time = chosen.hasTime ? {} : { time: m.time, hasTime: m.hasTime };
    const rest = { ...m, date: undefined, time: undefined, hasDate: false, hasTime: false, ...date, ...time };
    return rest.hasDate || rest.hasTime ? [rest] : [];
  });
}
