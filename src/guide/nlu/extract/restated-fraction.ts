import type { Field } from '../../../core/wizard/definition.js';

/**
 * Whether a number said in another unit turns into a fraction a whole-number field cannot hold: "within 3
 * months" read for "Roof age (years)" (`settings.integer`) is 0.25 years, so the words were about something
 * else (a timeline), not the age. A fraction said as such ("2.5", "two and a half years") is the person's
 * answer and is kept, to be refused with its reason.
 */
export function restatedFraction(field: Field, value: number, span: string): boolean {
  if (field.settings?.integer !== true || Number.isInteger(value)) return false;
  const said = span.match(/\d+(?:\.\d+)?/g);
  return !!said && said.every((n) => Number.isInteger(Number(n))) && !/\b(?:half|quarter)\b/i.test(span);
}
