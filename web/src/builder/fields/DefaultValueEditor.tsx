import type { Field } from '../../../../src/core/wizard/definition';
import type { FieldView } from '../../../../src/core/wizard/snapshot';
import { Button } from '../../ui/Button';
import { FieldInput } from '../../player/FieldInput';
import { without } from './field-model';

/** Props of {@link DefaultValueEditor}. */
export interface DefaultValueEditorProps {
  field: Field;
  /** Problems about `default` (e.g. "the default is not a valid email address"). */
  problems: string[];
  onChange: (field: Field) => void;
}

/** Normalisation context of the builder: US numbers and today as the reference date. */
const CTX = { defaultRegion: 'US', referenceDate: new Date() };

/**
 * The field's default value, entered with the very control the player shows for its type (so a default is
 * always a value the player would accept: the engine's `normaliseFieldValue` checks it with the field's own
 * rules as you type). Clearing the control, or "Clear default", removes `default`.
 */
export function DefaultValueEditor({ field, problems, onChange }: DefaultValueEditorProps) {
  const current = field.default;
  const rest = without(field, 'default');
  const asDefault: Field = { ...without(field, 'description'), label: 'Default value', required: false };
  const view: FieldView = {
    name: field.name,
    label: asDefault.label,
    type: field.type,
    step_id: 'builder',
    extraction_hints: [],
    options: field.options,
    visible: true,
    enabled: true,
    required: false,
    answered: current !== undefined,
    value: current,
  };
  return (
    <div className="space-y-2">
      <FieldInput
        key={`${field.type}:${JSON.stringify(field.options ?? [])}`}
        field={asDefault}
        view={view}
        ctx={CTX}
        problem={problems.length > 0 ? problems.join('; ') : undefined}
        showErrors
        onCommit={(value) =>
          onChange(value === null || value === undefined ? rest : { ...rest, default: value })
        }
      />
      {current !== undefined && (
        <Button variant="ghost" size="sm" onClick={() => onChange(rest)}>
          Clear default
        </Button>
      )}
    </div>
  );
}
