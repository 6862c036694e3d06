import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { formErrors, type FormErrors } from '../auth/form-errors';
import { Button } from '../ui/Button';

/**
 * Saving a connection form: the mutation that calls `save` and hands the saved object to `onDone`, and on a
 * refusal the errors split by `fields` (formErrors); `fieldError(name)` is what goes under that field.
 */
export function useConnectionSave<Body, Saved, Field extends string>(
  save: (body: Body) => Promise<Saved>,
  fields: readonly Field[],
  onDone: (saved: Saved) => void,
) {
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });
  const saving = useMutation({
    mutationFn: save,
    onSuccess: (saved) => onDone(saved),
    onError: (e) => setErrors(formErrors(e, fields)),
  });
  const fieldError = (key: Field) => (errors.fields[key] ? [errors.fields[key]] : undefined);
  return { saving, general: errors.general, fieldError };
}

/**
 * The frame of a connection's add or edit form (API configuration, MCP server): its title, the general error
 * of a refusal, the fields, then the submit button (`Saving…` while `pending`) and Cancel.
 */
export function ConnectionForm({
  label,
  title,
  general,
  pending,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: {
  label: string;
  title: string;
  general?: string;
  pending: boolean;
  submitLabel: string;
  onSubmit: (event: FormEvent) => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={label}>
      <h3 className="text-sm font-semibold text-fg">{title}</h3>
      {general && (
        <p role="alert" className="rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger">
          {general}
        </p>
      )}
      {children}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
