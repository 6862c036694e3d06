import { useState } from 'react';
import { buttonLabel } from '../../../../src/core/wizard/field-types/index';
import { Button } from '../../ui/Button';
import type { ControlProps } from '../field-props';

/**
 * apply_button: a button that fires `optionSet.onApply` of the option set it applies (the run's
 * `apply_option_set` command). Disabled while the press is under way, or where the run cannot take it.
 */
export function ApplyButtonControl({ field, id, describedBy, disabled, onApply }: ControlProps) {
  const [busy, setBusy] = useState(false);
  const press = async () => {
    if (!onApply) return;
    setBusy(true);
    try {
      await onApply();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      id={id}
      name={field.name}
      variant="secondary"
      aria-describedby={describedBy}
      aria-busy={busy || undefined}
      disabled={disabled || busy || !onApply}
      onClick={() => void press()}
    >
      {buttonLabel(field)}
    </Button>
  );
}
