import { useState, type FormEvent } from 'react';
import { formErrors, type FormErrors } from './form-errors';

/** A form's submit handler with its state: `busy` while submitting, and the errors of the last refusal. */
export interface FormSubmit {
  busy: boolean;
  errors: FormErrors;
  onSubmit: (event: FormEvent) => Promise<void>;
}

/**
 * Submits a form with `action` (which sends it and goes on from there): `busy` while it runs; when it
 * throws, `errors` holds the refusal split by {@link formErrors} into the form's `fields` and a general error.
 */
export function useFormSubmit(fields: readonly string[], action: () => Promise<void>): FormSubmit {
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });
  const [busy, setBusy] = useState(false);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await action();
    } catch (e) {
      setErrors(formErrors(e, fields));
    } finally {
      setBusy(false);
    }
  }
  return { busy, errors, onSubmit };
}
