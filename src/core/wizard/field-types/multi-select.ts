import { z } from 'zod';
import type { Option } from '../definition.js';
import type { FieldTypeModule } from './field-type.js';
import { choiceText, labelOf, matchOption, NO_OPTIONS, optionLabels } from './options.js';
import { countRules, EMPTY_MESSAGE, fail, isBlank, ok, withCustomError } from './rules.js';

/**
 * `multi_select`: several choices among `field.options`. Canonical value: the chosen options' values,
 * deduplicated, in option order.
 *
 * Accepts an array, or a string: first the whole string as one choice (labels may contain commas), else its
 * comma- or semicolon-separated parts. Each element is matched like single_select (value, label or synonym,
 * case-insensitive). Errors: "is empty" (clear the field instead), "has no options to choose from",
 * `must be chosen from: A, B, C (not "x")`. Rules: membership, `min`/`max` bound the number of choices
 * ("must have at least 2 choices"), `custom_error`. `format`: the labels joined by ", ".
 */
export const multiSelectField: FieldTypeModule<string[]> = {
  type: 'multi_select',
  valueSchema: z.array(z.string().min(1)),
  normalise(raw, field) {
    if (isBlank(raw)) return fail(EMPTY_MESSAGE);
    const options = field.options ?? [];
    if (options.length === 0) return fail(NO_OPTIONS);
    let items: unknown[];
    if (Array.isArray(raw)) items = raw;
    else if (typeof raw === 'string') {
      const whole = matchOption(options, raw);
      items = whole ? [whole.value] : raw.split(/[,;]/);
    } else items = [raw];
    items = items.filter((item) => !(typeof item === 'string' && item.trim() === ''));
    const chosen = new Set<Option>();
    const unknown: string[] = [];
    for (const item of items) {
      const option = matchOption(options, item);
      if (option) chosen.add(option);
      else unknown.push(choiceText(item)?.trim() ?? JSON.stringify(item) ?? String(item));
    }
    if (unknown.length > 0)
      return fail(
        `must be chosen from: ${optionLabels(field)} (not ${unknown.map((u) => `"${u}"`).join(', ')})`,
      );
    if (chosen.size === 0) return fail(EMPTY_MESSAGE);
    return ok(options.filter((o) => chosen.has(o)).map((o) => o.value));
  },
  validate(value, field) {
    const values = new Set((field.options ?? []).map((o) => o.value));
    const unknown = value.filter((v) => !values.has(v));
    const problems =
      unknown.length > 0
        ? [`must be chosen from: ${optionLabels(field)} (not ${unknown.map((u) => `"${u}"`).join(', ')})`]
        : [];
    problems.push(...countRules(new Set(value).size, field.validation));
    return withCustomError(problems, field);
  },
  format(value, field) {
    return value.map((v) => labelOf(field, v)).join(', ');
  },
};
