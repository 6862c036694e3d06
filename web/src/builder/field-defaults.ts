import { FIELD_TYPES, type Field, type FieldType } from '../../../src/core/wizard/definition';
import { SELECT_TYPES, starterOptions } from './fields/field-model';

/** The name builder users see for each field type, in the engine's FIELD_TYPES order. */
export const FIELD_TYPE_LABELS: Record<FieldType, string> = {
  text: 'Short text',
  textarea: 'Long text',
  email: 'Email',
  phone: 'Phone number',
  url: 'Website',
  number: 'Number',
  date: 'Date',
  time: 'Time',
  datetime: 'Date and time',
  single_select: 'Single choice',
  multi_select: 'Multiple choice',
  boolean: 'Yes / no',
  rating: 'Rating',
  slider: 'Slider',
  color: 'Colour',
  file_upload: 'File upload',
  rich_text: 'Rich text',
  voice_only: 'Voice only',
  dynamic_table: 'Table of loaded rows',
  apply_button: 'Apply button',
};

/** The field types in the order the "Add field" picker lists them (the engine's FIELD_TYPES). */
export const PICKABLE_FIELD_TYPES: readonly FieldType[] = FIELD_TYPES;

const DEFAULT_LABELS: Record<FieldType, string> = {
  text: 'Untitled question',
  textarea: 'Tell us more',
  email: 'Email address',
  phone: 'Phone number',
  url: 'Website',
  number: 'How many?',
  date: 'Date',
  time: 'Time',
  datetime: 'Date and time',
  single_select: 'Pick one',
  multi_select: 'Pick any that apply',
  boolean: 'Yes or no?',
  rating: 'How would you rate it?',
  slider: 'How much?',
  color: 'Favourite colour',
  file_upload: 'Attach a file',
  rich_text: 'Details',
  voice_only: 'Say it out loud',
  dynamic_table: 'Pick from the table',
  apply_button: 'Apply',
};

/** A snake_case identifier from a label: "Yes or no?" → "yes_or_no" (at most 48 characters, starts with a letter). */
export function identifierFrom(label: string, fallback = 'field'): string {
  const words = label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 48)
    .replace(/_+$/, '');
  return /^[a-z]/.test(words) ? words : fallback;
}

/** `base`, or `base_2`, `base_3`… — the first one not in `taken`. */
export function uniqueName(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}_${n}`)) return `${base}_${n}`;
}

/**
 * A new field of a type with settings that make it valid at once: a label, a unique snake_case name (not in
 * `takenNames`), two options for choice fields, a 1–5 scale for ratings and a 0–100 range for sliders.
 */
export function defaultField(type: FieldType, takenNames: Iterable<string>): Field {
  const label = DEFAULT_LABELS[type];
  const field: Field = {
    name: uniqueName(identifierFrom(label), takenNames),
    label,
    type,
    required: false,
    extraction_hints: [],
  };
  if (SELECT_TYPES.has(type)) field.options = starterOptions();
  if (type === 'rating') field.settings = { max: 5 };
  if (type === 'slider') {
    field.validation = { min: 0, max: 100 };
    field.settings = { step: 1 };
  }
  return field;
}
