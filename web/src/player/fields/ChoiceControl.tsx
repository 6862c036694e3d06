import { cx } from '../../ui/cx';
import { Select } from '../../ui/Select';
import type { ControlProps } from '../field-props';
import { RADIO_LIMIT } from './layout';
import { VoicePreviewButton } from '../../sidekicks/VoicePreviewButton';

const optionCard = cx(
  'flex cursor-pointer items-center gap-3 rounded-xl border border-line-strong bg-surface px-4 py-3 text-sm text-fg transition-colors',
  'hover:border-fg-subtle has-checked:border-accent has-checked:bg-accent-soft has-checked:ring-1 has-checked:ring-accent',
  'has-focus-visible:ring-2 has-focus-visible:ring-accent has-disabled:cursor-not-allowed has-disabled:opacity-60',
);

/**
 * single_select and multi_select. Single: radio cards up to {@link RADIO_LIMIT} options, a dropdown beyond.
 * Multi: checkbox cards (a scrolling list when there are many). Raw values are option values. A voice field
 * (`settings.preview: "voice"`) shows a preview button beside each option.
 */
export function ChoiceControl({
  field,
  view,
  id,
  describedBy,
  invalid,
  disabled,
  onRaw,
  onBlur,
}: ControlProps) {
  const options = field.options ?? [];
  if (field.type === 'single_select' && options.length > RADIO_LIMIT) {
    return (
      <Select
        id={id}
        name={field.name}
        value={typeof view.value === 'string' ? view.value : ''}
        disabled={disabled}
        required={view.required}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(e) => onRaw(e.target.value === '' ? null : e.target.value)}
        onBlur={onBlur}
      >
        <option value="">Choose…</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    );
  }
  const multi = field.type === 'multi_select';
  // A voice field (`settings.preview: "voice"`): each option gets a ▶ Preview of its voice.
  const voices = field.settings?.preview === 'voice';
  const selected = new Set(
    multi ? (Array.isArray(view.value) ? (view.value as string[]) : []) : [view.value],
  );
  const toggle = (value: string, checked: boolean) => {
    if (!multi) return onRaw(value);
    const next = options.map((o) => o.value).filter((v) => (v === value ? checked : selected.has(v)));
    return onRaw(next.length === 0 ? null : next);
  };
  return (
    <div
      className={cx(
        'grid gap-2',
        options.length > 4 && 'sm:grid-cols-2',
        options.length > 12 && 'max-h-80 overflow-y-auto p-0.5',
      )}
    >
      {options.map((o, i) => {
        const card = (
          <label key={o.value} className={cx(optionCard, voices && 'flex-1')}>
            <input
              id={i === 0 ? id : undefined}
              type={multi ? 'checkbox' : 'radio'}
              name={field.name}
              value={o.value}
              checked={selected.has(o.value)}
              disabled={disabled}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy}
              onChange={(e) => toggle(o.value, e.target.checked)}
              onBlur={onBlur}
              className={cx('size-4 shrink-0 accent-(--gp-accent)', multi ? 'rounded' : '')}
            />
            <span>{o.label}</span>
          </label>
        );
        if (!voices) return card;
        return (
          <div key={o.value} className="flex items-center gap-2">
            {card}
            <VoicePreviewButton voiceId={o.value} label={o.label} />
          </div>
        );
      })}
    </div>
  );
}
