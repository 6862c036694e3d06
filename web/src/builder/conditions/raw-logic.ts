import type { JsonLogic } from '../../../../src/core/wizard/definition';

/** What raw condition text reads as: the expression (`undefined` for blank text), or why it cannot be used. */
export type RawLogicResult =
  { value: JsonLogic | undefined; error?: undefined } | { value?: undefined; error: string };

/**
 * Reads the raw JSON of a condition. Blank text means no condition. Text that is not JSON gives an error
 * quoting the parser ("Not valid JSON: Unexpected end of JSON input."); JSON that is not an object (a JSON Logic
 * expression always is one) gives an error with an example. Never throws.
 */
export function readRawLogic(text: string): RawLogicResult {
  if (text.trim() === '') return { value: undefined };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/[.\s]*$/, '');
    return { error: `Not valid JSON: ${reason}.` };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    return { error: 'A condition must be a JSON object, such as {"==": [{"var": "field_name"}, "value"]}.' };
  return { value: parsed as JsonLogic };
}
