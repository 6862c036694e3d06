import type { WizardDefinition } from '../../../../src/core/wizard/definition';

/**
 * Sample values to test an action with, one per field of the draft: a select's first option, 1 for numbers,
 * ratings and sliders, true for booleans, "" for the rest (file uploads left out). As pretty JSON text.
 */
export function sampleValuesText(draft: WizardDefinition): string {
  const values: Record<string, unknown> = {};
  for (const field of draft.steps.flatMap((s) => s.fields)) {
    if (field.type === 'file_upload') continue;
    if (field.type === 'single_select') values[field.name] = field.options?.[0]?.value ?? '';
    else if (field.type === 'multi_select')
      values[field.name] = field.options?.slice(0, 1).map((o) => o.value) ?? [];
    else if (field.type === 'number' || field.type === 'rating' || field.type === 'slider')
      values[field.name] = 1;
    else if (field.type === 'boolean') values[field.name] = true;
    else values[field.name] = '';
  }
  return JSON.stringify(values, null, 2);
}

/** Reads a JSON object from text ('' is `{}`); an error message says why it is not one. */
export function readJsonObject(text: string): { value: Record<string, unknown> } | { error: string } {
  if (text.trim() === '') return { value: {} };
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return { value: value as Record<string, unknown> };
    return { error: 'must be a JSON object, e.g. { "country": "fr" }' };
  } catch (e) {
    return { error: `is not valid JSON: ${(e as Error).message}` };
  }
}
