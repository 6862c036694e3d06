import type { HTMLInputTypeAttribute } from 'react';
import { controlClass, Input } from '../../ui/Input';
import { cx } from '../../ui/cx';
import type { ControlProps } from '../field-props';
import { AvatarPromptPreview } from '../../sidekicks/AvatarPromptPreview';
import { useFieldDraft } from './useFieldDraft';

interface TextSpec {
  type: HTMLInputTypeAttribute;
  inputMode?: 'text' | 'email' | 'url' | 'decimal' | 'numeric';
  autoComplete?: string;
  placeholder?: string;
}

const SPECS: Partial<Record<ControlProps['field']['type'], TextSpec>> = {
  text: { type: 'text' },
  email: { type: 'email', inputMode: 'email', autoComplete: 'email', placeholder: 'name@company.com' },
  url: { type: 'url', inputMode: 'url', autoComplete: 'url', placeholder: 'https://' },
  // A text input, not type="number": browsers hide what was typed in a number input when it does not parse.
  number: { type: 'text', inputMode: 'decimal' },
  date: { type: 'date' },
  time: { type: 'time' },
  datetime: { type: 'datetime-local' },
};

/** Autocomplete tokens for common field names, so browsers can fill a lead form in one go. */
const AUTOCOMPLETE: Record<string, string> = {
  full_name: 'name',
  name: 'name',
  first_name: 'given-name',
  last_name: 'family-name',
  company: 'organization',
  organisation: 'organization',
  organization: 'organization',
  job_title: 'organization-title',
};

const toDraft = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/**
 * Single- and multi-line text inputs: text, textarea, email, url, number, and the native date, time and
 * datetime-local pickers (their values are already the canonical "YYYY-MM-DD", "HH:MM", "YYYY-MM-DDTHH:MM").
 */
export function TextControl({
  field,
  view,
  id,
  describedBy,
  invalid,
  disabled,
  onRaw,
  onBlur,
}: ControlProps) {
  const [draft, change] = useFieldDraft(view.value, toDraft, onRaw);
  const common = {
    id,
    name: field.name,
    value: draft,
    disabled,
    required: view.required,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
    onBlur,
  };
  if (field.type === 'textarea') {
    const area = (
      <textarea
        {...common}
        rows={4}
        maxLength={field.validation?.max_length}
        onChange={(e) => change(e.target.value)}
        className={cx(controlClass, 'min-h-24 resize-y py-2 leading-relaxed')}
      />
    );
    if (field.settings?.preview !== 'avatar') return area;
    return (
      <>
        {area}
        <AvatarPromptPreview prompt={draft} />
      </>
    );
  }
  const spec = SPECS[field.type] ?? { type: 'text' };
  return (
    <Input
      {...common}
      type={spec.type}
      inputMode={spec.inputMode}
      autoComplete={spec.autoComplete ?? AUTOCOMPLETE[field.name] ?? 'off'}
      placeholder={spec.placeholder}
      maxLength={field.validation?.max_length}
      onChange={(e) => change(e.target.value)}
      className={cx(
        spec.type === 'date' || spec.type === 'time' || spec.type === 'datetime-local' ? 'sm:max-w-64' : '',
      )}
    />
  );
}
