import type { Field, WizardDefinition } from '../../../src/core/wizard/definition';
import { identifierFrom, uniqueName } from './field-defaults';
import { optionValueFrom } from './fields/field-model';

/**
 * Until a wizard is first published, the names people never chose follow the words they did: a field's data
 * name follows its label, an option's value its label, the wizard's slug its name. A name that was edited by
 * hand (it is no longer what its text would give) is left alone, and so is everything once a version is
 * published, as exports, webhooks and links may already use the names.
 */

/** Whether `name` is what `text` gives through `derive`, possibly with a `_2`-style (or `-x7k2`) suffix. */
function follows(name: string, text: string, derive: (text: string) => string, separator: string): boolean {
  const base = derive(text);
  if (base === '') return false;
  if (name === base) return true;
  const rest = name.startsWith(`${base}${separator}`) ? name.slice(base.length + 1) : null;
  return rest !== null && /^[a-z0-9]{1,8}$/.test(rest);
}

/**
 * `next` with its name following its label (unique among `taken`, the other fields' names) and each option's
 * value following its label, where `previous` still had the derived ones.
 */
export function followFieldLabels(previous: Field, next: Field, taken: readonly string[]): Field {
  let field = next;
  if (
    next.label !== previous.label &&
    next.name === previous.name &&
    follows(previous.name, previous.label, (l) => identifierFrom(l, ''), '_')
  ) {
    const base = identifierFrom(next.label, '');
    if (base !== '') field = { ...field, name: uniqueName(base, taken) };
  }
  if (next.options && previous.options) {
    const before = previous.options;
    const options = next.options.map((option, i) => {
      const old = before[i];
      if (!old || option.label === old.label || option.value !== old.value) return option;
      if (old.value !== optionValueFrom(old.label)) return option;
      const value = optionValueFrom(option.label);
      const others = next.options!.filter((_, j) => j !== i).map((o) => o.value);
      return value === '' ? option : { ...option, value: uniqueName(value, others) };
    });
    field = { ...field, options };
  }
  return field;
}

/** "Contact form!" → "contact-form": a slug from a wizard name ("" when it has no letters or digits). */
export function slugFrom(name: string): string {
  return optionValueFrom(name).replace(/_/g, '-');
}

/** `patch` with the slug following a new name, where the draft's slug still was the one its name gave. */
export function followWizardName(
  draft: WizardDefinition,
  patch: Partial<WizardDefinition>,
): Partial<WizardDefinition> {
  if (patch.name === undefined || patch.name === draft.name || patch.slug !== undefined) return patch;
  if (!follows(draft.slug, draft.name, slugFrom, '-')) return patch;
  const slug = slugFrom(patch.name);
  return slug === '' ? patch : { ...patch, slug };
}
