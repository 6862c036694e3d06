import type { WizardDefinition } from './definition.js';
import { allFields } from './navigation.js';

/** At most this many unknown names are quoted in one message; the rest are counted. */
export const MAX_QUOTED_NAMES = 20;

/**
 * The names among `names` that are no field of `definition`, in one message a person can read: at most
 * MAX_QUOTED_NAMES quoted, the rest counted, then the fields there are. Null when every name is a field.
 * The message stays short however many names are given.
 */
export function unknownFieldsMessage(definition: WizardDefinition, names: readonly string[]): string | null {
  const known = allFields(definition).map((e) => e.field.name);
  const fields = new Set(known);
  const unknown = names.filter((name) => !fields.has(name));
  if (unknown.length === 0) return null;
  const quoted = unknown.slice(0, MAX_QUOTED_NAMES).map((name) => `"${name}"`);
  const rest = unknown.length - quoted.length;
  const what = unknown.length === 1 ? 'there is no field' : 'there are no fields';
  const list = `${quoted.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}`;
  const shown = known.slice(0, MAX_QUOTED_NAMES * 2);
  const tail = known.length > shown.length ? ', …' : '';
  return `${what} ${list}; fields are: ${shown.join(', ')}${tail}`;
}
