import { useId, type InputHTMLAttributes } from 'react';
import { Input } from './Input';

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
  const id = useId();
  const describedBy = [description && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-fg">
        {label}
      </label>
      {description && (
        <p id={`${id}-hint`} className="text-xs text-fg-subtle">
          {description}
        </p>
      )}
      <Input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...rest}
      />
      {error && (
        <p id={`${id}-error`} className="text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
