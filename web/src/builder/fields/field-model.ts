import type { Field, FieldType, Option, Validation } from '../../../../src/core/wizard/definition';
import { normaliseFieldValue } from '../../../../src/core/wizard/field-types/index';

/**
 * Pure knowledge the field editor needs about the engine's field types: which validation rules and
 * `settings` each type reads (from the modules in `src/core/wizard/field-types/`), how a type switch keeps
 * what still applies, and the identifiers derived from labels.
 */

/** Types whose canonical value is a string measured by `min_length`/`max_length`/`pattern`. */
export const TEXT_RULE_TYPES: ReadonlySet<FieldType> = new Set([
  'text',
  'textarea',
  'email',
  'phone',
  'url',
  'rich_text',
  'voice_only',
]);
/** Types that read `validation.min`/`max` (numbers, or the count of choices for multi_select). */
export const RANGE_RULE_TYPES: ReadonlySet<FieldType> = new Set([
  'number',
  'rating',
  'slider',
  'multi_select',
]);
/** Types with `options`. */
export const SELECT_TYPES: ReadonlySet<FieldType> = new Set(['single_select', 'multi_select']);
/** Types a `derive` (a string computed from another field) makes sense for: the engine stores it unnormalised. */
export const DERIVE_TYPES: ReadonlySet<FieldType> = new Set(['text', 'textarea', 'email', 'url']);
/** Types without a default value editor: files need an upload, voice answers are spoken. */
export const NO_DEFAULT_TYPES: ReadonlySet<FieldType> = new Set([
  'file_upload',
  'voice_only',
  'dynamic_table',
  'apply_button',
]);

/** The `settings` keys each type's module reads. */
export const SETTING_KEYS: Partial<Record<FieldType, readonly string[]>> = {
  number: ['integer'],
  rating: ['max'],
  slider: ['step'],
  phone: ['default_region', 'strict_validation'],
  date: ['min_date', 'max_date'],
  boolean: ['must_be_true'],
  file_upload: ['accept', 'max_size_bytes', 'multiple'],
};

/** The validation keys a type's module reads (`custom_error` applies to every type). */
export function validationKeysFor(type: FieldType): Array<keyof Validation> {
  if (TEXT_RULE_TYPES.has(type)) return ['min_length', 'max_length', 'pattern', 'custom_error'];
  if (RANGE_RULE_TYPES.has(type)) return ['min', 'max', 'custom_error'];
  return ['custom_error'];
}

/** Human names of the field types, for the type menu. */
export const TYPE_LABELS: Record<FieldType, string> = {
  text: 'Short text',
  textarea: 'Long text',
  email: 'Email',
  phone: 'Phone',
  url: 'Web address',
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
  voice_only: 'Voice answer',
  dynamic_table: 'Table of loaded rows',
  apply_button: 'Apply button',
};

const IDENTIFIER = /^[a-z][a-z0-9_]*$/;

/** Whether a name is a valid field name or option value identifier: snake_case, at most 64 characters. */
export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name) && name.length <= 64;
}

/** "Over $50k!" → "over_50k": a snake_case option value from a label ("" for a label without letters or digits). */
export function optionValueFrom(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 64);
}

/** Two starter options for a field that becomes a select. */
export function starterOptions(): Option[] {
  return [
    { value: 'option_1', label: 'Option 1', synonyms: [] },
    { value: 'option_2', label: 'Option 2', synonyms: [] },
  ];
}

function pick<T extends object>(source: T | undefined, keys: readonly string[]): Partial<T> | undefined {
  if (!source) return undefined;
  const kept = Object.fromEntries(
    Object.entries(source).filter(([k, v]) => keys.includes(k) && v !== undefined),
  );
  return Object.keys(kept).length > 0 ? (kept as Partial<T>) : undefined;
}

/**
 * The field with another type, keeping what still applies: name, label, required, description, hints and
 * conditions always; options between selects (starter options when becoming one); the validation rules and
 * settings the new type reads; `derive` between string types; the default when it is a valid value of the
 * new type. Everything else is dropped so the definition stays valid.
 */
export function changeFieldType(field: Field, type: FieldType): Field {
  const { options, validation, settings, derive, default: dflt, ...common } = field;
  const next: Field = { ...common, type };
  // A button holds no value, so it cannot be required (see validate-definition).
  if (type === 'apply_button') next.required = false;
  if (SELECT_TYPES.has(type)) next.options = options && options.length > 0 ? options : starterOptions();
  const keptValidation = pick(validation, validationKeysFor(type));
  if (keptValidation) next.validation = keptValidation;
  const keptSettings = pick(settings, SETTING_KEYS[type] ?? []);
  if (keptSettings) next.settings = keptSettings;
  if (derive && DERIVE_TYPES.has(type)) next.derive = derive;
  if (dflt !== undefined && !NO_DEFAULT_TYPES.has(type)) {
    const ctx = { defaultRegion: 'US', referenceDate: new Date() };
    const result = normaliseFieldValue(next, dflt, ctx);
    if (result.ok) next.default = result.value;
  }
  return next;
}

/** Messages of the problems at exactly `path`. */
export function messagesAt(
  problems: ReadonlyArray<{ path: string; message: string }>,
  path: string,
): string[] {
  return problems.filter((p) => p.path === path).map((p) => p.message);
}

/** Problems under `prefix` (the path itself or below it), with paths made relative to it. */
export function problemsUnder(
  problems: ReadonlyArray<{ path: string; message: string }>,
  prefix: string,
): Array<{ path: string; message: string }> {
  return problems
    .filter((p) => p.path === prefix || p.path.startsWith(`${prefix}.`))
    .map((p) => ({ path: p.path.slice(prefix.length + 1), message: p.message }));
}

/** A copy of the field without one optional property. */
export function without(
  field: Field,
  key:
    | 'description'
    | 'default'
    | 'options'
    | 'validation'
    | 'conditions'
    | 'derive'
    | 'settings'
    | 'guide_asks',
): Field {
  const copy = { ...field };
  delete copy[key];
  return copy;
}

/** `settings` with `key` set, or removed when `value` is `undefined` (and `settings` removed when empty). */
export function withSetting(field: Field, key: string, value: unknown): Field {
  const settings = { ...field.settings };
  if (value === undefined) delete settings[key];
  else settings[key] = value;
  return Object.keys(settings).length > 0 ? { ...field, settings } : without(field, 'settings');
}

/** `validation` with `key` set, or removed when `value` is `undefined` (and `validation` removed when empty). */
export function withValidation<K extends keyof Validation>(
  field: Field,
  key: K,
  value: Validation[K] | undefined,
): Field {
  const validation: Validation = { ...field.validation };
  if (value === undefined) delete validation[key];
  else validation[key] = value;
  return Object.keys(validation).length > 0 ? { ...field, validation } : without(field, 'validation');
}
