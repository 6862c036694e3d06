import { ratingMax } from '../../../../src/core/wizard/field-types/rating';
import { cx } from '../../ui/cx';
import type { ControlProps } from '../field-props';

/**
 * Star rating from 1 to the field's `settings.max` (default 5), as a radio group: arrow keys move between
 * stars, each star is announced as "3 stars".
 */
export function RatingControl({
  field,
  view,
  id,
  describedBy,
  invalid,
  disabled,
  onRaw,
  onBlur,
}: ControlProps) {
  const max = ratingMax(field);
  const value = typeof view.value === 'number' ? view.value : 0;
  return (
    <div className="flex items-center gap-1">
      {Array.from({ length: max }, (_, i) => i + 1).map((n) => (
        <label
          key={n}
          className={cx(
            'cursor-pointer rounded-md p-0.5 transition-transform hover:scale-110 has-focus-visible:ring-2 has-focus-visible:ring-accent',
            disabled && 'cursor-not-allowed opacity-60',
          )}
        >
          <input
            id={n === 1 ? id : undefined}
            type="radio"
            name={field.name}
            value={n}
            checked={value === n}
            disabled={disabled}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            onChange={() => onRaw(n)}
            onBlur={onBlur}
            className="sr-only"
          />
          <span className="sr-only">{n === 1 ? '1 star' : `${n} stars`}</span>
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className={cx('size-8', n <= value ? 'text-amber-400' : 'text-line-strong')}
          >
            <path
              fill="currentColor"
              d="M12 2.8l2.8 5.7 6.3.9-4.5 4.4 1 6.2L12 17l-5.6 3 1-6.2L3 9.4l6.3-.9L12 2.8z"
            />
          </svg>
        </label>
      ))}
      <span className="ml-2 text-sm text-fg-muted" aria-hidden="true">
        {value > 0 ? `${value} / ${max}` : ''}
      </span>
    </div>
  );
}
