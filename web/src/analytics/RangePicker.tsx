import { useId } from 'react';
import { Input } from '../ui/Input';
import { cx, focusRing } from '../ui/cx';
import type { DayRange } from './analytics-api';
import { daysBefore, todayUtc } from './format';

/** The quick ranges, in days ending today. */
const PRESETS = [7, 30, 90] as const;

/**
 * Picks a range of UTC days: quick ranges (the last 7, 30 or 90 days) and two date inputs. A `from` after
 * `to` is not offered (each input's min/max follows the other).
 */
export function RangePicker({ value, onChange }: { value: DayRange; onChange: (range: DayRange) => void }) {
  const id = useId();
  const today = todayUtc();
  return (
    <div className="flex flex-wrap items-end gap-3">
      <div role="group" aria-label="Quick ranges" className="flex rounded-lg border border-line-strong p-0.5">
        {PRESETS.map((days) => {
          const range = { from: daysBefore(today, days - 1), to: today };
          const selected = value.from === range.from && value.to === range.to;
          return (
            <button
              key={days}
              type="button"
              aria-pressed={selected}
              onClick={() => onChange(range)}
              className={cx(
                'rounded-md px-2.5 py-1 text-sm',
                focusRing,
                selected ? 'bg-accent-soft font-medium text-accent-text' : 'text-fg-muted hover:text-fg',
              )}
            >
              {days} days
            </button>
          );
        })}
      </div>
      <div className="flex items-end gap-2">
        <label htmlFor={`${id}-from`} className="space-y-1 text-xs text-fg-muted">
          <span className="block">From</span>
          <Input
            id={`${id}-from`}
            type="date"
            value={value.from}
            max={value.to}
            required
            onChange={(e) => e.target.value && onChange({ ...value, from: e.target.value })}
            className="h-9 w-[9.5rem]"
          />
        </label>
        <label htmlFor={`${id}-to`} className="space-y-1 text-xs text-fg-muted">
          <span className="block">To</span>
          <Input
            id={`${id}-to`}
            type="date"
            value={value.to}
            min={value.from}
            required
            onChange={(e) => e.target.value && onChange({ ...value, to: e.target.value })}
            className="h-9 w-[9.5rem]"
          />
        </label>
      </div>
    </div>
  );
}
