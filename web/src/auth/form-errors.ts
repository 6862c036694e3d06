import { plainText } from '../api/plain-text';
import { isApiProblem } from '../api/problem';

/** Field errors and a general error of a refused form. */
export interface FormErrors {
  fields: Record<string, string>;
  general?: string;
}

/**
 * Splits an API refusal into errors next to the form's `fields` (from `invalid_params` such as
 * `body.email`) and a general message for the rest (the problem's `detail`), both in plain words (plainText).
 */
export function formErrors(error: unknown, fields: readonly string[]): FormErrors {
  if (!isApiProblem(error))
    return { fields: {}, general: error instanceof Error ? error.message : String(error) };
  const found: Record<string, string> = {};
  for (const name of fields) {
    const reason = error.reasonFor(name);
    if (reason) found[name] = plainText(reason);
  }
  const general = Object.keys(found).length > 0 && error.status === 400 ? undefined : plainText(error.detail);
  return { fields: found, general };
}
