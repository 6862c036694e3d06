import { useId, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { cx } from '../ui/cx';
import { controlClass } from '../ui/Input';
import { Labelled, type LabelledProps } from '../ui/Labelled';
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

/** What the labelled controls take besides their element's own attributes. */
type LabelledControlProps = Pick<LabelledProps, 'label' | 'description' | 'problems'>;

/** A labelled, vertically resizable multi-line input. */
export function TextAreaField({
  label,
  description,
  problems,
  className,
  ...rest
}: LabelledControlProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>) {
  return (
    <Labelled label={label} description={description} problems={problems}>
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
    </Labelled>
  );
}

/** A labelled native select. */
export function SelectField({
  label,
  description,
  problems,
  children,
  ...rest
}: LabelledControlProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>) {
  return (
    <Labelled label={label} description={description} problems={problems}>
      {({ id, describedBy, invalid }) => (
        <Select id={id} aria-describedby={describedBy} aria-invalid={invalid} {...rest}>
          {children}
        </Select>
      )}
    </Labelled>
  );
}

/** A switch with its label and hint beside it, and its problems under it. */
export function ToggleField({
  label,
  description,
  checked,
  problems = [],
  onChange,
}: {
  label: string;
  description?: string;
  checked: boolean;
  problems?: string[];
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  const describedBy = [description && `${id}-hint`, problems.length > 0 && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="space-y-1">
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
          aria-describedby={describedBy || undefined}
          aria-invalid={problems.length > 0 ? true : undefined}
        />
      </div>
      {problems.length > 0 && (
        <p id={`${id}-error`} className="text-sm text-danger">
          {problems.join('; ')}
        </p>
      )}
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

/** Problems that no control of an editor shows, listed at the top or the end of the editor. */
export function ProblemList({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul className="space-y-1 rounded-lg bg-danger-soft p-3 text-sm text-danger">
      {messages.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}
