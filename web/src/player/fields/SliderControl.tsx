import { formatNumber } from '../../../../src/core/wizard/field-types/numeric';
import { sliderRange } from '../../../../src/core/wizard/field-types/slider';
import type { ControlProps } from '../field-props';

/** A range slider over the field's `validation.min`..`max` (default 0..100) with `settings.step`, and its value. */
export function SliderControl({
  field,
  view,
  id,
  describedBy,
  invalid,
  disabled,
  onRaw,
  onBlur,
}: ControlProps) {
  const { min, max } = sliderRange(field);
  const step =
    typeof field.settings?.step === 'number' && field.settings.step > 0 ? field.settings.step : 'any';
  const answered = typeof view.value === 'number';
  const value = answered ? (view.value as number) : min;
  return (
    <div className="flex items-center gap-4">
      <span className="text-xs text-fg-subtle tabular-nums" aria-hidden="true">
        {formatNumber(min)}
      </span>
      <input
        id={id}
        name={field.name}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        disabled={disabled}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        aria-valuetext={answered ? formatNumber(value) : 'not set'}
        onChange={(e) => onRaw(e.target.value)}
        onBlur={onBlur}
        className="h-2 flex-1 cursor-pointer accent-(--gp-accent)"
      />
      <span className="text-xs text-fg-subtle tabular-nums" aria-hidden="true">
        {formatNumber(max)}
      </span>
      <output
        htmlFor={id}
        className="min-w-14 rounded-md bg-surface-muted px-2 py-1 text-center text-sm font-medium tabular-nums"
      >
        {answered ? formatNumber(value) : '—'}
      </output>
    </div>
  );
}
