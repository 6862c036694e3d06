import { z } from 'zod';
import type { Field } from '../definition.js';
import type { FieldTypeModule } from './field-type.js';
import { fail } from './rules.js';

/** The settings of an `apply_button`: the select field whose option set it applies, and its caption. */
export const ApplyButtonSettingsSchema = z.object({
  option_set: z.string().min(1).max(64).optional(),
  button_label: z.string().min(1).max(100).optional(),
});

/** The field whose option set a button applies: `settings.option_set`, else the button itself. */
export function appliedOptionSet(field: Pick<Field, 'name' | 'settings'>): string {
  const parsed = ApplyButtonSettingsSchema.safeParse(field.settings ?? {});
  return (parsed.success ? parsed.data.option_set : undefined) ?? field.name;
}

/** The caption of a button: `settings.button_label`, else its label. */
export function buttonLabel(field: Pick<Field, 'label' | 'settings'>): string {
  const parsed = ApplyButtonSettingsSchema.safeParse(field.settings ?? {});
  return (parsed.success ? parsed.data.button_label : undefined) ?? field.label;
}

/**
 * `apply_button`: a button that fires `optionSet.onApply` of the option set it applies (the run command
 * `apply_option_set`, event `option_set_applied`). It holds no value: setting one is refused with a message
 * that says to press it.
 */
export const applyButtonField: FieldTypeModule<never> = {
  type: 'apply_button',
  valueSchema: z.never(),
  normalise: () => fail('is a button: press it (or ask the guide to apply) instead of giving it a value'),
  validate: () => [],
  format: () => '',
};
