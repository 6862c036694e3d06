import { Toggle } from '../../ui/Toggle';
import type { ControlProps } from '../field-props';

/** A yes/no switch. Unanswered shows as off; the switch is labelled by the field's label (`${id}-label`). */
export function BooleanControl({ view, id, describedBy, invalid, disabled, onRaw, onBlur }: ControlProps) {
  return (
    <Toggle
      id={id}
      checked={view.value === true}
      onChange={(checked) => onRaw(checked)}
      disabled={disabled}
      aria-labelledby={`${id}-label`}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      aria-required={view.required || undefined}
      onBlur={onBlur}
    />
  );
}
