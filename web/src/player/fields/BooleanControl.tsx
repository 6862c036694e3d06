import { Toggle } from '../../ui/Toggle';
import { cx } from '../../ui/cx';
import type { ControlProps } from '../field-props';

/**
 * A yes/no switch with its state in words beside it: "Yes", "No", or, before any answer, "Not answered yet"
 * with a faded switch, so an unanswered question never looks like "no". The switch is labelled by
 * the field's label (`${id}-label`) and described by the state.
 */
export function BooleanControl({ view, id, describedBy, invalid, disabled, onRaw, onBlur }: ControlProps) {
  const answered = typeof view.value === 'boolean';
  const state = !answered ? 'Not answered yet' : view.value ? 'Yes' : 'No';
  return (
    <div className="flex items-center gap-3">
      <Toggle
        id={id}
        checked={view.value === true}
        onChange={(checked) => onRaw(checked)}
        disabled={disabled}
        aria-labelledby={`${id}-label`}
        aria-describedby={[`${id}-state`, describedBy].filter(Boolean).join(' ')}
        aria-invalid={invalid || undefined}
        aria-required={view.required || undefined}
        onBlur={onBlur}
        data-answered={answered}
        className={cx(!answered && 'opacity-60')}
      />
      <span
        id={`${id}-state`}
        className={cx('text-sm', answered ? 'font-medium text-fg' : 'italic text-fg-subtle')}
      >
        {state}
      </span>
    </div>
  );
}
