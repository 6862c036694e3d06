/**
 * Units of measure a person says after a number, by the exact word or abbreviation ("kg", "kilos", "lbs",
 * "yrs", "months", "miles"): each with its dimension, its size in the dimension's base unit (days, kilograms,
 * kilometres) and its system (metric or imperial, for mass and length), so a number can be restated in
 * another unit of the same dimension. Words that are often something else ("m", "st", "in", "min") are left
 * out.
 */

export type Dimension = 'time' | 'mass' | 'length';

export interface Unit {
  /** the unit's name, one per unit ("kilogram", "pound") */
  name: string;
  dimension: Dimension;
  /** size in the dimension's base unit: days, kilograms, kilometres */
  size: number;
  system?: 'metric' | 'imperial';
}

const DAY = 1;
const KILOGRAM = 1;
const KILOMETRE = 1;

const DEFS: Array<[Unit, string[]]> = [
  [{ name: 'minute', dimension: 'time', size: DAY / 1440 }, ['minute', 'minutes', 'mins']],
  [{ name: 'hour', dimension: 'time', size: DAY / 24 }, ['hour', 'hours', 'hr', 'hrs']],
  [{ name: 'day', dimension: 'time', size: DAY }, ['day', 'days']],
  [{ name: 'night', dimension: 'time', size: DAY }, ['night', 'nights']],
  [{ name: 'week', dimension: 'time', size: 7 * DAY }, ['week', 'weeks', 'wk', 'wks']],
  [{ name: 'fortnight', dimension: 'time', size: 14 * DAY }, ['fortnight', 'fortnights']],
  [
    { name: 'month', dimension: 'time', size: (365.25 / 12) * DAY },
    ['month', 'months', 'mo', 'mos', 'mth', 'mths'],
  ],
  [{ name: 'year', dimension: 'time', size: 365.25 * DAY }, ['year', 'years', 'yr', 'yrs']],
  [
    { name: 'gram', dimension: 'mass', size: KILOGRAM / 1000, system: 'metric' },
    ['g', 'gram', 'grams', 'gramme', 'grammes'],
  ],
  [
    { name: 'kilogram', dimension: 'mass', size: KILOGRAM, system: 'metric' },
    ['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes'],
  ],
  [
    { name: 'pound', dimension: 'mass', size: 0.45359237 * KILOGRAM, system: 'imperial' },
    ['lb', 'lbs', 'pound', 'pounds'],
  ],
  [
    { name: 'ounce', dimension: 'mass', size: 0.028349523125 * KILOGRAM, system: 'imperial' },
    ['oz', 'ounce', 'ounces'],
  ],
  [
    { name: 'metre', dimension: 'length', size: KILOMETRE / 1000, system: 'metric' },
    ['metre', 'metres', 'meter', 'meters'],
  ],
  [
    { name: 'kilometre', dimension: 'length', size: KILOMETRE, system: 'metric' },
    ['km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers'],
  ],
  [
    { name: 'mile', dimension: 'length', size: 1.609344 * KILOMETRE, system: 'imperial' },
    ['mile', 'miles', 'mi'],
  ],
];

const BY_WORD = new Map(DEFS.flatMap(([unit, words]) => words.map((w) => [w, unit] as const)));

/** The unit `word` names (any case; "Kilos" → kilogram), or null. */
export function unitNamed(word: string): Unit | null {
  return BY_WORD.get(word.toLowerCase()) ?? null;
}

/** `value` in `from` restated in `to` (same dimension), to three decimals: 18 months → 1.5 years. */
export function convertUnit(value: number, from: Unit, to: Unit): number {
  return from === to ? value : Number(((value * from.size) / to.size).toFixed(3));
}

/** The unit words of `text` in order, with their offsets; a single letter ("g" of "e.g.") is none. */
export function unitWords(text: string): Array<{ unit: Unit; index: number; word: string }> {
  return [...text.matchAll(/[a-z]+/gi)].flatMap((m) => {
    const unit = m[0].length > 1 ? unitNamed(m[0]) : null;
    return unit ? [{ unit, index: m.index, word: m[0] }] : [];
  });
}
