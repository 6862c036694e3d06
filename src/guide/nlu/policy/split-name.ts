import type { Field, WizardDefinition } from '../../../core/wizard/definition.js';
import type { Action } from './plan.js';

/**
 * A whole name said for a first-name field whose wizard asks the last name in a field of its own: "His name
 * is Owen Whitfield" for `child_first_name` sets `child_first_name` Owen and `child_last_name` Whitfield;
 * "Mateo Moreno Diaz" keeps the two family names together. Pure.
 */

/** The words of a field's name that say it holds the first part of a name ("first_name", "Given name"). */
const FIRST_PART = /(?:first|given|fore)[\s_-]?name/i;
/** The words of a field's name that say it holds the last part of a name ("last_name", "Surname"). */
const LAST_PART = /(?:last|family|sur)[\s_-]?name/i;

/** Whose name a part field holds: its name without the part words ("child_first_name" → "child__"). */
function owner(field: Field, part: RegExp): string {
  return field.name.replace(part, '').toLowerCase();
}

/**
 * The last-name field that goes with a first-name field: the only text field of the wizard whose name says
 * it holds the last part of the same person's name (`child_first_name` → `child_last_name`, `first_name`
 * → `last_name`, `given_name` → `family_name`). Undefined when `field` holds no first name or none or
 * several fit.
 */
export function lastNameSibling(field: Field, fields: Field[]): Field | undefined {
  if (field.type !== 'text' || !FIRST_PART.test(field.name)) return undefined;
  const whose = owner(field, FIRST_PART);
  const fits = fields.filter(
    (f) => f.type === 'text' && LAST_PART.test(f.name) && owner(f, LAST_PART) === whose,
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * The actions with each whole name set on a first-name field that has a last-name sibling
 * (`lastNameSibling`) split in two: the first word stays, the words after it go to the sibling, at the
 * same confidence. A value of one word is kept as it is; so is a plan that sets the sibling with at least
 * the whole name's confidence (the sibling's words are then cut off the first name when it ends with them).
 * A weaker guess for the sibling ("Registering" beside "my son Noah Greene") gives way to the split.
 */
export function splitWholeNames(actions: Action[], definition: WizardDefinition): Action[] {
  const fields = definition.steps.flatMap((s) => s.fields);
  const sets = new Map(
    actions.flatMap((a) => (a.op === 'set' ? [[a.candidate.field, a.candidate] as const] : [])),
  );
  const replaced = new Set<string>();
  const split = actions.flatMap((action): Action[] => {
    if (action.op !== 'set' || typeof action.candidate.value !== 'string') return [action];
    const field = fields.find((f) => f.name === action.candidate.field);
    const sibling = field && lastNameSibling(field, fields);
    const words = action.candidate.value.trim().split(/\s+/);
    if (!sibling || words.length < 2) return [action];
    const given = sets.get(sibling.name);
    const whole = words.join(' ');
    if (given && given.confidence >= action.candidate.confidence) {
      const last = String(given.value).trim();
      if (!whole.toLowerCase().endsWith(` ${last.toLowerCase()}`)) return [action];
      const first = whole.slice(0, whole.length - last.length).trim();
      return [{ ...action, candidate: { ...action.candidate, value: first } }];
    }
    if (given) replaced.add(sibling.name);
    const [first, ...rest] = words;
    return [
      { ...action, candidate: { ...action.candidate, value: first! } },
      {
        ...action,
        candidate: {
          ...action.candidate,
          field: sibling.name,
          value: rest.join(' '),
          extractor: 'split-name',
        },
      },
    ];
  });
  return split.filter(
    (a) =>
      !(a.op === 'set' && replaced.has(a.candidate.field) && a.candidate === sets.get(a.candidate.field)),
  );
}
