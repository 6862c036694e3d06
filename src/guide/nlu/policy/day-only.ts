import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import type { Candidate } from './plan.js';

/**
 * A day of the month said alone for a date that already has a value ("actually the 31st, not the 30th"):
 * the person changes the day and keeps the month and year they gave before.
 */

/** "the 31st", "on the 3rd", "31st": a day of the month without a month, a weekday or a time. */
const DAY_ONLY = /^(?:on\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)$/i;

/** The candidates with a lone day for an answered date field moved into the month of its current value. */
export function keepMonthOfDay(candidates: Candidate[], fields: Field[], snapshot: RunSnapshot): Candidate[] {
  return candidates.map((c) => {
    const field = fields.find((f) => f.name === c.field);
    const day = DAY_ONLY.exec((c.span ?? '').trim());
    const current = snapshot.values[c.field];
    if (field?.type !== 'date' || !day || typeof current !== 'string') return c;
    const month = /^(\d{4})-(\d{2})-\d{2}$/.exec(current);
    if (!month) return c;
    const value = `${month[1]}-${month[2]}-${day[1]!.padStart(2, '0')}`;
    const real = new Date(`${value}T12:00:00Z`);
    return real.getUTCDate() === Number(day[1]) ? { ...c, value } : c;
  });
}
