import type { Field } from '../../../core/wizard/definition.js';
import { type Dimension, type Unit, unitNamed, unitWords } from './units.js';
import { holdsMoney } from './money-field.js';

/**
 * The unit a number field is measured in, read from the wizard's own metadata:
 * - `fieldUnit`: the unit the field itself names — in its label ("Age (years)", "Weight in kg"), else the
 *   first unit its description or hints name ("Miles on the odometer", "a number of days"). A number said in
 *   another unit of the same dimension is restated in it.
 * - `unitSelect`: a single-select field right beside the number field (just after it in the wizard's order, or
 *   just before it when no other number field precedes the select) whose options are all units of one dimension ("Kilograms (kg)" / "Pounds (lb)"): the number is
 *   kept as said and the select takes its unit.
 */

/** The unit the field's label, else its description or hints, name first (see the file comment), or null. */
export function fieldUnit(field: Field): Unit | null {
  // "Desired hourly pay (USD)", "dollars per hour": money counted per hour is measured in money, not hours
  if (field.type !== 'number' || holdsMoney(field)) return null;
  for (const text of [field.label, [field.description ?? '', ...(field.extraction_hints ?? [])].join(' ')]) {
    const first = unitWords(text)[0];
    if (first) return first.unit;
  }
  return null;
}

/** The unit an option stands for: its value, else the one unit its label and synonyms name, or null. */
function optionUnit(option: NonNullable<Field['options']>[number]): Unit | null {
  const own = unitNamed(option.value);
  if (own) return own;
  const named = unitWords([option.label, ...(option.synonyms ?? [])].join(' ')).map((w) => w.unit);
  return named.length && named.every((u) => u === named[0]) ? named[0]! : null;
}

/** A unit select: the field, its dimension and each option's unit. */
export interface UnitSelect {
  field: Field;
  dimension: Dimension;
  units: Array<{ value: string; unit: Unit }>;
}

/** The options of `field` as units of one dimension, or null when it is no such select. */
export function asUnitSelect(field: Field): UnitSelect | null {
  if (field.type !== 'single_select' || !field.options || field.options.length < 2) return null;
  const units = field.options.map((o) => ({ value: o.value, unit: optionUnit(o) }));
  const first = units[0]!.unit;
  if (!first || units.some((u) => !u.unit || u.unit.dimension !== first.dimension)) return null;
  return { field, dimension: first.dimension, units: units as UnitSelect['units'] };
}

/** The unit select beside the number field `field` in `fields` (see the file comment), or null. */
export function unitSelect(field: Field, fields: Field[]): UnitSelect | null {
  if (field.type !== 'number') return null;
  const at = fields.indexOf(field);
  if (at < 0) return null;
  const after = fields[at + 1] ? asUnitSelect(fields[at + 1]!) : null;
  if (after) return after;
  // a select just before is the number's only when no number field comes before the select (it follows that one)
  const before = at > 0 ? asUnitSelect(fields[at - 1]!) : null;
  return before && fields[at - 2]?.type !== 'number' ? before : null;
}
