import type { Field, FieldType } from '../definition.js';
import { applyButtonField } from './apply-button.js';
import { booleanField } from './boolean.js';
import { colorField } from './color.js';
import { dateField } from './date.js';
import { datetimeField } from './datetime.js';
import { dynamicTableField } from './dynamic-table.js';
import { emailField } from './email.js';
import type { FieldTypeModule, NormaliseContext, NormaliseResult } from './field-type.js';
import { fileUploadField } from './file-upload.js';
import { multiSelectField } from './multi-select.js';
import { numberField } from './number.js';
import { phoneField } from './phone.js';
import { ratingField } from './rating.js';
import { richTextField } from './rich-text.js';
import { singleSelectField } from './single-select.js';
import { sliderField } from './slider.js';
import { textField } from './text.js';
import { textareaField } from './textarea.js';
import { timeField } from './time.js';
import { urlField } from './url.js';
import { voiceOnlyField } from './voice-only.js';

/**
 * The field type registry: one module per `FieldType` (see `field-type.ts` for the contract and the
 * canonical value of each type), and the two entry points the engine uses, {@link normaliseFieldValue}
 * and {@link formatFieldValue}.
 */

export type { FieldTypeModule, NormaliseContext, NormaliseResult } from './field-type.js';
export { FileRefSchema, type FileRef } from './file-upload.js';
export { sanitiseHtml, htmlToText } from './html-sanitise.js';
export { tableColumns, type TableColumn } from './dynamic-table.js';
export { appliedOptionSet, buttonLabel } from './apply-button.js';

/** Every field type's module, keyed by type. */
export const FIELD_TYPE_MODULES: Record<FieldType, FieldTypeModule> = {
  text: textField,
  textarea: textareaField,
  email: emailField,
  phone: phoneField,
  url: urlField,
  number: numberField,
  date: dateField,
  time: timeField,
  datetime: datetimeField,
  single_select: singleSelectField,
  multi_select: multiSelectField,
  boolean: booleanField,
  rating: ratingField,
  slider: sliderField,
  color: colorField,
  file_upload: fileUploadField,
  rich_text: richTextField,
  voice_only: voiceOnlyField,
  dynamic_table: dynamicTableField,
  apply_button: applyButtonField,
};

/** The module of a field type. Throws an `Error` for a type the engine does not know. */
export function getFieldType(type: FieldType): FieldTypeModule {
  const module = Object.hasOwn(FIELD_TYPE_MODULES, type) ? FIELD_TYPE_MODULES[type] : undefined;
  if (!module) throw new Error(`unknown field type "${String(type)}"`);
  return module;
}

/**
 * Normalises raw input for a field, then validates it against the field's rules: the canonical value, or a
 * message that reads after the field's label ("is not a valid email address"; several problems are joined
 * by "; "). Never throws, also for an unknown field type. This is what the run engine applies to every
 * `set_field` command and to defaults.
 */
export function normaliseFieldValue(
  field: Field,
  raw: unknown,
  ctx: NormaliseContext,
): NormaliseResult<unknown> {
  let module: FieldTypeModule;
  try {
    module = getFieldType(field.type);
  } catch {
    return { ok: false, message: `has an unknown type "${String(field.type)}"` };
  }
  try {
    const result = module.normalise(raw, field, ctx);
    if (!result.ok) return result;
    const problems = module.validate(result.value, field);
    return problems.length > 0 ? { ok: false, message: problems.join('; ') } : result;
  } catch (error) {
    return {
      ok: false,
      message: `could not be read (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}

/**
 * Short human text for a stored value, for summaries and the guide ("14 March 2026", "Yes", "$5k–$20k").
 * `null`/`undefined` give "". A value that is not canonical for the field's type is shown as plain text
 * (arrays joined by ", ", objects as JSON) rather than throwing.
 */
export function formatFieldValue(field: Field, value: unknown): string {
  if (value === undefined || value === null) return '';
  const module = Object.hasOwn(FIELD_TYPE_MODULES, field.type) ? FIELD_TYPE_MODULES[field.type] : undefined;
  const parsed = module?.valueSchema.safeParse(value);
  if (module && parsed?.success) {
    try {
      return module.format(parsed.data, field);
    } catch {
      // fall through to the plain rendering
    }
  }
  if (Array.isArray(value))
    return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
