import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from './types.js';
import { findNumberMentions } from './numbers.js';
import { holdsMoney } from './money-field.js';
import { holdsPlainNumber } from './field-range.js';

/**
 * Thousands said as shorthand ("74k", "about 88 thousand", "23k on it") without being asked, for the one number
 * field that holds no money and no year and whose range allows the amount (mileage, steps, followers). While an
 * unfilled field holds money, a bare "k" stays money and fills nothing here.
 */

/** A number said with "k" or "thousand" and no currency sign or word: "61k", "eighty-eight thousand". */
const THOUSANDS = /(?:\d\s*k|thousand)$/i;

/** Words after the amount that belong to it: "23k on it", "74k miles", "80k on the clock". */
const TAIL = /^(?:\s+(?:miles|mi|km|kilometres|kilometers))?(?:\s+on\s+(?:it|the\s+clock))?/i;

/** Whether `field` can hold `value` by its type and range (see the file comment). */
function holdsThousands(field: Field, value: number): boolean {
  return typeof field.validation?.max === 'number' && holdsPlainNumber(field, value);
}

/** Appends a candidate for the one field a thousands shorthand fits (see the file comment) to `out`. */
export function thousandsCandidates(utterance: string, fields: Field[], out: Candidate[]): void {
  const open = fields.filter((f) => !out.some((c) => c.field === f.name));
  for (const n of findNumberMentions(utterance)) {
    if (n.ordinal || !THOUSANDS.test(n.span)) continue;
    if (/[$£€]/.test(n.span) || (n.money && open.some(holdsMoney))) continue;
    const fits = open.filter((f) => holdsThousands(f, n.value) && !out.some((c) => c.field === f.name));
    if (fits.length !== 1) continue;
    out.push({
      field: fits[0]!.name,
      value: n.value,
      confidence: 0.75,
      extractor: 'thousands',
      span: n.span + (TAIL.exec(utterance.slice(n.index + n.span.length))?.[0] ?? ''),
    });
  }
}
