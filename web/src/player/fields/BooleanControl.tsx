import { Toggle } from '../../ui/Toggle';
import type { ControlProps } from '../field-props';

/**
 * A yes/no switch. Before any answer its knob rests in the middle of a dashed track (`unset`), so an
 * unanswered question never looks like "no"; screen readers hear the state ("Yes", "No", "Not answered yet")
 * as its description. The switch is labelled by the field's label (`${id}-label`).
 */
export function BooleanControl({ view, id, describedBy, invalid, disabled, onRaw, onBlur }: ControlProps) {
  const answered = typeof view.value === 'boolean';
  const state = !answered ? 'Not answered yet' : view.value ? 'Yes' : 'No';
  return (
    <div className="flex items-center">
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
        unset={!answered}
      />
      <span id={`${id}-state`} className="sr-only">
        {state}
      </span>
    </div>
  );
}
