import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from './types.js';
import type { NumberMention } from './numbers.js';
import { countableMentions } from './countable.js';
import { holdsMoney, moneyPeriod, periodIn } from './money-field.js';
import { inFieldRange } from './field-range.js';
import { type Unit, unitNamed } from './units.js';
import { settledMention } from './number-answer.js';
import { TEEN_WORDS, TENS_WORDS, UNIT_WORDS } from './number-lexicon.js';

/**
 * Amounts of money a person says, for a number field that holds money (`money-field.ts`):
 * - a number with a currency sign or word ("$21", "twenty dollar", "eighteen bucks") or said as a rate per a
 *   unit of time ("17/hr", "16 an hour", "$15 per hour", "18 hourly"), with the rate's unit kept;
 * - dollars and cents said as two number words ("nineteen fifty an hour" → 19.5, "twelve seventy-five") when
 *   money or a rate follows them;
 * - the "an" of "an hour" is no amount.
 * A bare number ("4"), a number with another unit ("6 yrs") or a rate in a unit other than the field's
 * ("$800 a week" for an hourly wage) is no amount said here. `rateOnlyMentions` gives the numbers said as a rate
 * without currency, which a field counting something else ("Years of experience") does not take.
 */

export interface MoneyMention extends NumberMention {
  /** the unit of time the amount is said per ("an hour" → hour), when said as a rate */
  per: Unit | null;
}

/** A rate said right after an amount: "/hr", "an hour", "per hour", "a week", "hourly", "p/h". */
const RATE_AFTER =
  /^\s*(?:(?:dollars?|bucks|usd|euros?|quid)\s*)?(?:(?:\/|per\b|an?\b|each\b|every\b)\s*([a-z]+)\b|(hourly|daily|weekly|monthly|yearly|annually)\b|(p\/?h)\b)/i;
/** A tens or teens word: the cents of a spoken price ("fifty", "seventy-five", "fifteen"). */
const CENTS_WORD = new RegExp(
  String.raw`^(?:${Object.keys(TEEN_WORDS).join('|')}|(?:${Object.keys(TENS_WORDS).join('|')})(?:[\s-](?:${Object.keys(UNIT_WORDS).join('|')}))?)$`,
  'i',
);
/** Words joining the two ends of a range: "18 to 20", "18-20", "18 or 19". */
const RANGE_JOIN = /^\s*(?:-|–|to|and|or)\s*$/i;
/** A number said in words only. */
const WORDS_ONLY = /^[a-z][a-z\s-]*$/i;

/** The unit of the rate said at the start of `tail` ("an hour …" → hour) and its length, or null. */
function rateAfter(tail: string): { per: Unit; length: number } | null {
  const m = RATE_AFTER.exec(tail);
  if (!m) return null;
  const word = m[1] ?? m[2] ?? (m[3] ? 'hour' : '');
  const per = m[2] ? periodIn(word) : /^annum$/i.test(word) ? unitNamed('year') : unitNamed(word);
  return per?.dimension === 'time' ? { per, length: m[0].length } : null;
}

/** Whether `n` is the "a" / "an" of a rate's "an hour", "a week": no amount. */
function isRateArticle(utterance: string, n: NumberMention): boolean {
  if (!/^an?$/i.test(n.span)) return false;
  const word = /^\s*([a-z]+)/i.exec(utterance.slice(n.index + n.span.length))?.[1];
  return !!word && unitNamed(word)?.dimension === 'time';
}

/** The amounts of money of `utterance` (see the file comment), in order. */
export function moneyMentions(utterance: string): MoneyMention[] {
  const all = countableMentions(utterance).filter((n) => !isRateArticle(utterance, n));
  const out: MoneyMention[] = [];
  for (let i = 0; i < all.length; i++) {
    let n = all[i]!;
    // "nineteen fifty an hour": dollars and cents in words
    const cents =
      WORDS_ONLY.test(n.span) && n.value >= 1 && n.value < 100 ? centsAfter(utterance, all, i) : null;
    if (cents) {
      const tail = utterance.slice(cents.end);
      if (all[i + cents.count]!.money || rateAfter(tail)) {
        n = {
          ...n,
          value: n.value + cents.value / 100,
          span: utterance.slice(n.index, cents.end),
          money: true,
        };
        i += cents.count;
      }
    }
    const rate = rateAfter(utterance.slice(n.index + n.span.length));
    if (n.money || rate) out.push({ ...n, per: rate?.per ?? null });
  }
  return out;
}

/** Whether only spaces or a hyphen lie between two mentions. */
function adjacent(utterance: string, a: NumberMention, b: NumberMention | undefined): b is NumberMention {
  return !!b && /^[\s-]*$/.test(utterance.slice(a.index + a.span.length, b.index)) && WORDS_ONLY.test(b.span);
}

/**
 * The cents said in words right after the mention `i` of `all` ("fifty", "seventy-five", "fifteen"): their
 * value, how many mentions they span and where they end; null when none follow.
 */
function centsAfter(
  utterance: string,
  all: NumberMention[],
  i: number,
): { value: number; count: number; end: number } | null {
  const tens = all[i + 1];
  if (!adjacent(utterance, all[i]!, tens) || !CENTS_WORD.test(tens.span.replace(/-$/, ''))) return null;
  const unit = all[i + 2];
  // "seventy-five", read as "seventy" and "five"
  if (tens.value % 10 === 0 && tens.value >= 20 && adjacent(utterance, tens, unit) && unit.value < 10) {
    const word = /^[a-z]+/i.exec(unit.span)![0];
    return { value: tens.value + unit.value, count: 2, end: unit.index + word.length };
  }
  return { value: tens.value, count: 1, end: tens.index + tens.span.replace(/-$/, '').length };
}

/**
 * The numbers of `utterance` said as a rate per a unit of time without a currency ("16 an hour", "17/hr"), and the
 * "an" of such a rate and the low end of a range of them ("between 18 and 20 an hour"), by their offset: an amount of pay, which a field that counts something else does not take.
 */
export function rateOnlyMentions(utterance: string): Set<number> {
  const all = countableMentions(utterance);
  const articles = all.filter((n) => isRateArticle(utterance, n));
  const rates = moneyMentions(utterance).filter((m) => m.per && !m.money);
  // the "an" of "16 an hour" goes with its rate, and so does the low end of "between 18 and 20 an hour"
  const lows = all.filter((n) =>
    rates.some(
      (r) => r.index > n.index && RANGE_JOIN.test(utterance.slice(n.index + n.span.length, r.index)),
    ),
  );
  return new Set(
    [...rates, ...lows, ...articles.filter((a) => rates.some((r) => r.index < a.index))].map((m) => m.index),
  );
}

/** The amount `utterance` says for the money field `field` (see the file comment), or null. */
export function moneyAnswer(utterance: string, field: Field): { value: number; span: string } | null {
  const period = moneyPeriod(field);
  const fits = moneyMentions(utterance).filter(
    (m) => (!period || !m.per || m.per === period) && inFieldRange(field, m.value),
  );
  const chosen = settledMention(utterance, fits) ?? fits[0];
  if (!chosen) return null;
  const rate = rateAfter(utterance.slice(chosen.index + chosen.span.length));
  const span = utterance.slice(chosen.index, chosen.index + chosen.span.length + (rate?.length ?? 0)).trim();
  return { value: chosen.value, span };
}

/**
 * Appends to `out` a candidate (extractor `money-amount`, 0.85) for the one open number field that holds
 * money when `utterance` says an amount for it ("6 yrs, want $21/hr" → 21 for the pay asked with the years).
 */
export function moneyCandidates(utterance: string, fields: Field[], out: Candidate[]): void {
  const open = fields.filter(
    (f) => f.type === 'number' && holdsMoney(f) && !out.some((c) => c.field === f.name),
  );
  if (open.length !== 1) return;
  const said = moneyAnswer(utterance, open[0]!);
  if (said)
    out.push({
      field: open[0]!.name,
      value: said.value,
      confidence: 0.85,
      extractor: 'money-amount',
      span: said.span,
    });
}
