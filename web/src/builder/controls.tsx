import { useId, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { cx } from '../ui/cx';
import { controlClass } from '../ui/Input';
import { Select } from '../ui/Select';
import { TextField, type TextFieldProps } from '../ui/TextField';
import { Toggle } from '../ui/Toggle';

/**
 * Labelled form controls of the builder's editors. Each shows the engine's problems about its value under
 * it (linked with `aria-describedby`, `aria-invalid` set), so a problem appears next to the thing it is about.
 */

/** The messages as one error text, or undefined when there are none. */
function errorText(problems: string[] | undefined): string | undefined {
  return problems && problems.length > 0 ? problems.join('; ') : undefined;
}

/** A labelled single-line input with the problems of its value. */
export function InputField({ problems, ...rest }: Omit<TextFieldProps, 'error'> & { problems?: string[] }) {
  return <TextField error={errorText(problems)} {...rest} />;
}

interface Labelled {
  label: string;
  description?: string;
  problems?: string[];
}

/** Label, hint, control and problems, wired together by ids. */
function Shell({
  label,
  description,
  problems,
  children,
}: Labelled & { children: (ids: { id: string; describedBy?: string; invalid?: true }) => ReactNode }) {
  const id = useId();
  const error = errorText(problems);
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
      {children({ id, describedBy: describedBy || undefined, invalid: error ? true : undefined })}
      {error && (
        <p id={`${id}-error`} className="text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}

/** A labelled, vertically resizable multi-line input. */
export function TextAreaField({
  label,
  description,
  problems,
  className,
  ...rest
}: Labelled & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>) {
  return (
    <Shell label={label} description={description} problems={problems}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          rows={3}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className={cx(controlClass, 'resize-y py-2 leading-relaxed', className)}
          {...rest}
        />
      )}
    </Shell>
  );
}

/** A labelled native select. */
export function SelectField({
  label,
  description,
  problems,
  children,
  ...rest
}: Labelled & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>) {
  return (
    <Shell label={label} description={description} problems={problems}>
      {({ id, describedBy, invalid }) => (
        <Select id={id} aria-describedby={describedBy} aria-invalid={invalid} {...rest}>
          {children}
        </Select>
      )}
    </Shell>
  );
}

/** A switch with its label and hint beside it. */
export function ToggleField({
  label,
  description,
  checked,
  onChange,
}: {
  label: string;
  description?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="flex items-start justify-between gap-4">
      <div>
        <p id={`${id}-label`} className="text-sm font-medium text-fg">
          {label}
        </p>
        {description && (
          <p id={`${id}-hint`} className="text-xs text-fg-subtle">
            {description}
          </p>
        )}
      </div>
      <Toggle
        checked={checked}
        onChange={onChange}
        aria-labelledby={`${id}-label`}
        aria-describedby={description ? `${id}-hint` : undefined}
      />
    </div>
  );
}

/** A titled group of controls inside an editor pane. */
export function Section({
  title,
  description,
  children,
}: {
  /** Omitted for the first section of an editor, which the pane's heading already names. */
  title?: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <section className="space-y-4 border-t border-line pt-5 first:border-t-0 first:pt-0">
      {title && (
        <div>
          <h3 className="text-sm font-semibold text-fg">{title}</h3>
          {description && <p className="mt-0.5 text-xs text-fg-subtle">{description}</p>}
        </div>
      )}
      {children}
    </section>
  );
}
