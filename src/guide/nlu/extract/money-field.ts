import type { Field } from '../../../core/wizard/definition.js';
import { textKind } from './text-kind.js';
import { type Unit, unitNamed } from './units.js';

/**
 * Whether a field holds an amount of money, and per what time, read from the field's own words (name, label,
 * description, hints):
 * - `holdsMoney`: a field whose name or label is an amount ("budget", "price", "fee", "salary"), one with a
 *   `currency` setting, or a number field whose words name pay or a currency ("Desired hourly pay (USD)",
 *   "Hourly wage", "Monthly rent in dollars", "Fee (€)"). "pounds" alone is no currency here: it is as often
 *   a weight.
 * - `moneyPeriod`: the unit of time a money field counts per, when its words say one ("hourly", "per hour",
 *   "dollars an hour", "/hr" → hour; "weekly" → week; "annual salary", "per year" → year); null otherwise.
 * Nothing is read from the person's words here; see `money-said.ts` for those.
 */

/** Words that name pay or a sum paid ("pay", "wage", "rent"): a number field named so holds money. */
const PAY = /\b(?:pay|pays|wages?|salary|salaries|rent|earnings|compensation|income|tuition|deposit)\b/i;
/** A currency named by its sign, code or word ("$", "USD", "euros"); not "pounds", often a weight. */
const CURRENCY = /[$€£¥]|\b(?:usd|eur|gbp|aud|cad|nzd|dollars?|euros?|quid)\b/i;

/** The words of a field, in one string: name, label, description and hints. */
function fieldText(field: Field): string {
  return [
    field.name.replace(/_/g, ' '),
    field.label,
    field.description ?? '',
    ...(field.extraction_hints ?? []),
  ].join(' \n ');
}

/** Whether the field holds an amount of money (see the file comment). */
export function holdsMoney(field: Field): boolean {
  if (textKind({ ...field, type: 'text' }) === 'amount' || typeof field.settings?.['currency'] === 'string')
    return true;
  return field.type === 'number' && (PAY.test(fieldText(field)) || CURRENCY.test(fieldText(field)));
}

/** A period of pay said in one word: "hourly", "weekly", "annual". */
const PERIOD_WORD: Record<string, string> = {
  hourly: 'hour',
  daily: 'day',
  nightly: 'night',
  weekly: 'week',
  fortnightly: 'fortnight',
  monthly: 'month',
  yearly: 'year',
  annual: 'year',
  annually: 'year',
};
/** A period said after a joining word: "per hour", "an hour", "/hr", "a week", "per annum". */
const PER_UNIT = /(?:\bper|\ban?|\beach|\/)\s*([a-z]+)\b/gi;
const PERIOD_ONE_WORD = new RegExp(String.raw`\b(${Object.keys(PERIOD_WORD).join('|')})\b`, 'i');

/** The unit of time a rate's words name ("hourly", "per hour", "/hr"), or null. */
export function periodIn(text: string): Unit | null {
  const word = PERIOD_ONE_WORD.exec(text);
  if (word) return unitNamed(PERIOD_WORD[word[1]!.toLowerCase()]!);
  for (const m of text.matchAll(PER_UNIT)) {
    const unit = /^annum$/i.test(m[1]!) ? unitNamed('year') : unitNamed(m[1]!);
    if (unit?.dimension === 'time') return unit;
  }
  return null;
}

/** The unit of time a money field counts per (see the file comment), or null. */
export function moneyPeriod(field: Field): Unit | null {
  return holdsMoney(field) ? periodIn(fieldText(field)) : null;
}
