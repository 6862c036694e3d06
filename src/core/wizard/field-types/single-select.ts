import { z } from 'zod';
import type { FieldTypeModule } from './field-type.js';
import { labelOf, matchOption, NO_OPTIONS, optionLabels } from './options.js';
import { EMPTY_MESSAGE, fail, isBlank, ok, withCustomError } from './rules.js';

/**
 * `single_select`: one choice among `field.options`. Canonical value: the chosen option's `value`.
 *
 * Accepts the exact value, or a case-insensitive match of the value, the label or a synonym (see
 * `matchOption`); also a number or an `{ value }` object. Errors: "is empty", "has no options to choose
 * from", "must be one of: Under $5k, $5k–$20k, …" (the labels). Rules: membership, `custom_error`.
 * `format` gives the option's label.
 */
export const singleSelectField: FieldTypeModule<string> = {
  type: 'single_select',
  valueSchema: z.string().min(1),
  normalise(raw, field) {
    if (isBlank(raw)) return fail(EMPTY_MESSAGE);
    const options = field.options ?? [];
    if (options.length === 0) return fail(NO_OPTIONS);
    const option = matchOption(options, raw);
    return option ? ok(option.value) : fail(`must be one of: ${optionLabels(field)}`);
  },
  validate(value, field) {
    const known = (field.options ?? []).some((o) => o.value === value);
    return withCustomError(known ? [] : [`must be one of: ${optionLabels(field)}`], field);
  },
  format(value, field) {
    return labelOf(field, value);
  },
};
