import type { FieldType } from './definition.js';

/**
 * The seed's names of field (selection) types and the names of the form builders it came from, mapped to
 * ours, so wizard files written for the seed import unchanged. Export always writes our names. The issue
 * names `select`, `multiple_select`, `text_input`, `number_input`, `date_input`, `time_input`,
 * `datetime_input` and `color_picker`; the rest are the same family's spellings of our other types.
 */
export const SEED_FIELD_TYPES: Readonly<Record<string, FieldType>> = {
  // Selection types
  select: 'single_select',
  dropdown: 'single_select',
  radio: 'single_select',
  radio_group: 'single_select',
  single_choice: 'single_select',
  multiple_select: 'multi_select',
  multiselect: 'multi_select',
  checkbox_group: 'multi_select',
  checkboxes: 'multi_select',
  multiple_choice: 'multi_select',
  checkbox: 'boolean',
  toggle: 'boolean',
  switch: 'boolean',
  yes_no: 'boolean',
  // Inputs
  text_input: 'text',
  short_text: 'text',
  textarea_input: 'textarea',
  text_area: 'textarea',
  long_text: 'textarea',
  email_input: 'email',
  phone_input: 'phone',
  tel_input: 'phone',
  url_input: 'url',
  number_input: 'number',
  date_input: 'date',
  date_picker: 'date',
  time_input: 'time',
  time_picker: 'time',
  datetime_input: 'datetime',
  datetime_picker: 'datetime',
  color_picker: 'color',
  rating_input: 'rating',
  star_rating: 'rating',
  slider_input: 'slider',
  range: 'slider',
  file_input: 'file_upload',
  rich_text_editor: 'rich_text',
  voice_input: 'voice_only',
};

/** One field whose type was renamed on import: where (`steps.0.fields.2.type`), from and to. */
export interface SeedRename {
  path: string;
  from: string;
  to: FieldType;
}

/**
 * A wizard (as read from a file, not yet validated) with the seed's field type names replaced by ours, and
 * the renames made. Anything that is not shaped like a wizard with steps and fields is returned as it is
 * (validation then says what is wrong). Pure; does not modify its input.
 */
export function withOurFieldTypes(wizard: unknown): { wizard: unknown; renames: SeedRename[] } {
  const renames: SeedRename[] = [];
  if (!isObject(wizard) || !Array.isArray(wizard.steps)) return { wizard, renames };
  const steps = wizard.steps.map((step: unknown, si) => {
    if (!isObject(step) || !Array.isArray(step.fields)) return step;
    const fields = step.fields.map((field: unknown, fi) => {
      if (!isObject(field) || typeof field.type !== 'string') return field;
      const ours = Object.hasOwn(SEED_FIELD_TYPES, field.type) ? SEED_FIELD_TYPES[field.type] : undefined;
      if (!ours) return field;
      renames.push({ path: `steps.${si}.fields.${fi}.type`, from: field.type, to: ours });
      return { ...field, type: ours };
    });
    return { ...step, fields };
  });
  return { wizard: { ...wizard, steps }, renames };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
