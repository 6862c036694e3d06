import { z } from 'zod';
import type { Field, FieldType, WizardDefinition } from '../core/wizard/definition.js';

/**
 * The JSON type an MCP client sends for each field type (the run engine then normalises and validates the
 * value as it does for the form); null for types an agent cannot fill (files, voice-only prompts, buttons).
 */
const VALUE_SCHEMAS: Record<FieldType, ((field: Field) => z.ZodType) | null> = {
  text: () => z.string(),
  textarea: () => z.string(),
  rich_text: () => z.string(),
  email: () => z.string(),
  phone: () => z.string(),
  url: () => z.string(),
  color: () => z.string(),
  number: () => z.number(),
  rating: () => z.number(),
  slider: () => z.number(),
  boolean: () => z.boolean(),
  date: () => z.string().describe('YYYY-MM-DD'),
  time: () => z.string().describe('HH:MM, 24-hour'),
  datetime: () => z.string().describe('ISO 8601 date and time'),
  single_select: (field) => optionValues(field),
  multi_select: (field) => z.array(optionValues(field)),
  file_upload: null,
  voice_only: null,
  dynamic_table: (field) => z.array(optionValues(field)),
  apply_button: null,
};

function optionValues(field: Field): z.ZodType {
  const values = (field.options ?? []).map((o) => o.value);
  return values.length > 0 ? z.enum(values as [string, ...string[]]) : z.string();
}

/**
 * The `values` input of a wizard's start tool: an object with one optional property per fillable field,
 * typed by its field type (see VALUE_SCHEMAS) and described by its label, description and options.
 */
export function startValuesSchema(definition: WizardDefinition) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of definition.steps.flatMap((s) => s.fields)) {
    const schema = VALUE_SCHEMAS[field.type]?.(field);
    if (!schema) continue;
    const options = field.options?.length
      ? ` Options: ${field.options.map((o) => `${o.value} (${o.label})`).join(', ')}.`
      : '';
    const about = [field.label, field.description].filter(Boolean).join(': ');
    shape[field.name] = schema.optional().describe(`${about}.${options}`);
  }
  return z.object(shape).describe('Values you already know, by field name; the rest are asked step by step.');
}
