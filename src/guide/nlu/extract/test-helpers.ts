import type { Field } from '../../../core/wizard/definition.js';
import type { ExtractContext } from './types.js';

/** Test helpers: a field with defaults, and a context on Friday 2019-03-01 noon (the SGD reference date). */
export function field(
  name: string,
  type: Field['type'],
  extra: Partial<Field> & { opts?: Array<[string, string, ...string[]]> } = {},
): Field {
  const { opts, ...rest } = extra;
  return {
    name,
    label: name.replace(/_/g, ' '),
    type,
    required: false,
    extraction_hints: [],
    ...(opts ? { options: opts.map(([value, label, ...synonyms]) => ({ value, label, synonyms })) } : {}),
    ...rest,
  };
}

export const ctx: ExtractContext = { referenceDate: new Date(2019, 2, 1, 12), defaultRegion: 'US' };

/** The seven days as `[value, label]` option pairs ("mon", "Monday" … "sun", "Sunday"), for weekday fields in tests. */
export const WEEK: Array<[string, string]> = [
  ['mon', 'Monday'],
  ['tue', 'Tuesday'],
  ['wed', 'Wednesday'],
  ['thu', 'Thursday'],
  ['fri', 'Friday'],
  ['sat', 'Saturday'],
  ['sun', 'Sunday'],
];
