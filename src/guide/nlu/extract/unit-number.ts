import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from './types.js';
import type { NumberMention } from './numbers.js';
import { countableMentions } from './countable.js';
import { fieldUnit, unitSelect, type UnitSelect } from './field-unit.js';
import { type Unit, convertUnit, unitNamed } from './units.js';
import { inFieldRange } from './field-range.js';

/**
 * Numbers said with a unit of measure ("24 pounds", "1.8 kilos", "62lbs", "around 18 months", "5 years"), for
 * the one number field measured in that unit's dimension by its own metadata (see `field-unit.ts`). A field
 * that names its unit ("Age (years)") takes the number restated in that unit ("18 months" → 1.5); a field
 * with a unit select beside it takes the number as said and the select the option of its unit (a unit no
 * option has, "35 grams", is restated in the option of the same system: 0.035 kg). A number said as a rate
 * ("3 days a week"), as another duration ("since 3 days", "2 weeks ago"), in a unit of time far smaller than the
 * field's (days for years), with a currency sign or word other than a weight's "pounds", or outside the field's range
 * fills nothing; so does a dimension that two fields share.
 */

/** Words after a unit that make it a rate: "a week", "per day", "/wk", "each month". */
const RATE = /^\s*(?:\/|per\b|a\b|an\b|each\b|every\b)\s*([a-z]+)/i;
/**
 * Words before a number of time that make it a duration of something else, not a measure: "since 3 days",
 * "for 2 weeks", "in 6 months", "every 3 months"; and after it: "3 days ago", "2 weeks later".
 */
const DURATION_BEFORE =
  /\b(?:for|since|in|within|after|every|over|past|last|next|per|until|till|by)\s+(?:about\s+|around\s+)?$/i;
const DURATION_AFTER = /^\s*(?:ago|later|from now|before|early|late|earlier|running)\b/i;
/** How much smaller a unit of time said may be than the field's before it is likely another duration (days for years). */
const MAX_RATIO = 60;
/** Currency said with the number: a sign, or a money word that is no unit ("dollars", "bucks", "euros"). */
const CURRENCY = /[$£€¥]|\b(?:dollars?|bucks|usd|eur|euros?|gbp)\b/i;

/** A number field measured in a dimension: its own unit, or the unit select beside it. */
interface Measured {
  field: Field;
  unit: Unit | null;
  select: UnitSelect | null;
}

/**
 * The unit said right after the mention ("24 pounds", "62lbs", "18 months old"), with the words it spans (an
 * age's "old" with them).
 */
function unitAfter(utterance: string, n: NumberMention): { unit: Unit; span: string } | null {
  // the number reader keeps a currency word in its span ("24 pounds"): that word is the unit said
  const inSpan = /\s*\b([a-z]+)$/i.exec(n.span);
  const own = inSpan ? unitNamed(inSpan[1]!) : null;
  if (own) return { unit: own, span: n.span };
  const after = /^\s?([a-z]+)\b(\s+old\b)?/i.exec(utterance.slice(n.index + n.span.length));
  const unit = after ? unitNamed(after[1]!) : null;
  if (!unit) return null;
  // "2 years old": an age's words are the unit's
  const old = unit.dimension === 'time' && after![2] ? after![2] : '';
  return { unit, span: `${n.span}${after![0].slice(0, after![0].length - (after![2]?.length ?? 0))}${old}` };
}

/** Whether the unit said is a rate (see RATE): "3 days a week". */
function isRate(utterance: string, end: number): boolean {
  const word = RATE.exec(utterance.slice(end))?.[1];
  return word !== undefined && unitNamed(word)?.dimension === 'time';
}

/** Whether `value` lies in the field's validation range. */
function inRange(field: Field, value: number): boolean {
  if (field.settings?.['integer'] === true && !Number.isInteger(value)) return false;
  return inFieldRange(field, value);
}

/** The option of the select for a unit said: its own, else the option of the same system, else the first. */
function selectOption(select: UnitSelect, said: Unit): { value: string; unit: Unit } {
  return (
    select.units.find((u) => u.unit === said) ??
    select.units.find((u) => u.unit.system !== undefined && u.unit.system === said.system) ??
    select.units[0]!
  );
}

/**
 * Appends to `out` a candidate (extractor `number-noun`, 0.85) for each number said with a unit that one open
 * number field of `fields` is measured in, and one (`unit-option`, 0.85) for the unit select beside it when the
 * select is open (see the file comment).
 */
export function unitNumberCandidates(utterance: string, fields: Field[], out: Candidate[]): void {
  const measured: Measured[] = fields.flatMap((field) => {
    const unit = fieldUnit(field);
    const select = unit ? null : unitSelect(field, fields);
    return unit || select ? [{ field, unit, select }] : [];
  });
  if (!measured.length) return;
  for (const n of countableMentions(utterance)) {
    const said = unitAfter(utterance, n);
    if (!said || CURRENCY.test(said.span) || isRate(utterance, n.index + said.span.length)) continue;
    const dimension = said.unit.dimension;
    const end = n.index + said.span.length;
    if (
      dimension === 'time' &&
      (DURATION_BEFORE.test(utterance.slice(0, n.index)) || DURATION_AFTER.test(utterance.slice(end)))
    )
      continue;
    const takers = measured.filter((m) => (m.unit?.dimension ?? m.select?.dimension) === dimension);
    if (takers.length !== 1) continue;
    const { field, unit, select } = takers[0]!;
    if (out.some((c) => c.field === field.name)) continue;
    const option = select ? selectOption(select, said.unit) : null;
    const to = unit ?? option!.unit;
    if (dimension === 'time' && to.size / said.unit.size > MAX_RATIO) continue;
    const value = convertUnit(n.value, said.unit, to);
    if (!inRange(field, value)) continue;
    out.push({ field: field.name, value, confidence: 0.93, extractor: 'number-noun', span: said.span });
    if (select && option && !out.some((c) => c.field === select.field.name))
      out.push({
        field: select.field.name,
        value: option.value,
        confidence: 0.85,
        extractor: 'unit-option',
        span: said.span,
      });
  }
}

/**
 * `n` as an answer to `field` when the field names its unit (`fieldUnit`): said in a unit of the same dimension
 * other than the field's it is restated in the field's unit, with the unit in its span and no money ("around 18
 * months" for "Age (years)" → 1.5);
 * said in a unit of another dimension it is no answer (null: "1.1 kilos" is no age). Otherwise `n` as said.
 */
export function inFieldUnit(utterance: string, n: NumberMention, field: Field): NumberMention | null {
  const unit = fieldUnit(field);
  const said = unit ? unitAfter(utterance, n) : null;
  if (!unit || !said || CURRENCY.test(said.span)) return n;
  if (said.unit.dimension !== unit.dimension) return null;
  if (said.unit === unit) return n;
  // the unit said is what the number measures: no money ("24 pounds" restated in kilograms)
  return { ...n, value: convertUnit(n.value, said.unit, unit), span: said.span, money: false };
}
