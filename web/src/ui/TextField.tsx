import type { InputHTMLAttributes } from 'react';
import { Input } from './Input';
import { Labelled } from './Labelled';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  /** A hint under the label. */
  description?: string;
  /** The problem with this field (from the server's `invalid_params` or a local check). */
  error?: string;
}

/**
 * A labelled text input for app forms (sign-in, settings): label, optional hint, and an error message
 * linked by `aria-describedby` with `aria-invalid` set while there is one.
 */
export function TextField({ label, description, error, ...rest }: TextFieldProps) {
  return (
    <Labelled label={label} description={description} problems={error ? [error] : []}>
      {({ id, describedBy, invalid }) => (
        <Input id={id} aria-invalid={invalid} aria-describedby={describedBy} {...rest} />
      )}
    </Labelled>
  );
}
