import nlp from 'compromise';
import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from './types.js';
import { stem, tokens } from './normalize.js';

/** Breaking ties between fields that claim the same value equally (used by `extractAll`). */

/**
 * The field whose name words all occur in every other field's name ("account_type" among "account_type"
 * and "recipient_account_type"): the unqualified one, which a value with no cue belongs to. Null if none.
 */
export function plainestField(fields: Field[]): Field | null {
  if (fields.length < 2) return null;
  const words = (f: Field) => f.name.split('_').filter(Boolean);
  const plain = fields.filter((f) => fields.every((o) => words(f).every((w) => words(o).includes(w))));
  return plain.length === 1 ? plain[0]! : null;
}

/** Words of a field's name ("origin_airport_name" → origin, airport), without "name". */
const nameWords = (f: Field) => f.name.split('_').filter((w) => w && w !== 'name');

/**
 * Among text fields claiming the same words with the same confidence, the one that fits: the field whose
 * own head word the value contains ("O'Hare Airport" → origin_airport_name), else the unqualified field
 * (`plainestField`), else for a place (compromise's #Place) the one city/town/area field. Else none.
 */
export function winsTie(t: Candidate, tied: Candidate[], fields: Field[]): boolean {
  const byName = (c: Candidate) => fields.find((f) => f.name === c.field)!;
  const valueStems = new Set(tokens(String(t.value)).map(stem));
  const fits = (c: Candidate) => nameWords(byName(c)).some((w) => valueStems.has(stem(w)));
  const all = [t, ...tied];
  const fitting = all.filter(fits);
  if (fitting.length === 1) return fitting[0] === t;
  const pool = fitting.length ? fitting : all;
  const plain = plainestField(pool.map(byName));
  if (plain) return plain.name === t.field;
  if (!nlp(String(t.value)).has('#Place')) return false;
  const cities = pool.filter((c) => nameWords(byName(c)).some((w) => CITY_WORDS.has(w)));
  return cities.length === 1 && cities[0] === t;
}

const CITY_WORDS = new Set(['city', 'town', 'area', 'location']);
