import { FIELD_TYPES, type Field, type FieldType } from '../../../../src/core/wizard/definition';
import { cx } from '../../ui/cx';
import { controlClass, Input } from '../../ui/Input';
import { Labelled } from '../../ui/Labelled';
import { Select } from '../../ui/Select';
import { ToggleField } from '../controls';
import { changeFieldType, isIdentifier, messagesAt, TYPE_LABELS, without } from './field-model';
import { TagInput } from './TagInput';

/** Props of {@link CommonSettings}. */
export interface CommonSettingsProps {
  field: Field;
  /** Problems relative to the field (`name`, `label`, `extraction_hints.0`, …). */
  problems: Array<{ path: string; message: string }>;
  onChange: (field: Field) => void;
}

const NAME_RULE = 'Use snake_case: a lowercase letter, then lowercase letters, digits or _ (at most 64).';

/**
 * The settings every field has: label, name (lowercased, spaces and hyphens typed as `_`, and checked as a
 * snake_case identifier while typing), type (a
 * switch keeps what still applies, see `changeFieldType`), required, whether the guide asks for an optional
 * field, description and extraction hints.
 */
export function CommonSettings({ field, problems, onChange }: CommonSettingsProps) {
  const at = (path: string) => messagesAt(problems, path);
  const nameProblems = isIdentifier(field.name)
    ? at('name')
    : [NAME_RULE, ...at('name').filter((m) => !m.includes('snake_case') && !m.includes('64'))];
  const hintProblems = problems
    .filter((p) => p.path === 'extraction_hints' || p.path.startsWith('extraction_hints.'))
    .map((p) => p.message);
  return (
    <div className="space-y-4">
      <div className="grid gap-4 @md:grid-cols-2">
        <Labelled label="Label" description="The question people see." problems={at('label')}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              value={field.label}
              maxLength={300}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(e) => onChange({ ...field, label: e.target.value })}
            />
          )}
        </Labelled>
        <Labelled label="Name" description="Its key in data and conditions." problems={nameProblems}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              value={field.name}
              maxLength={64}
              spellCheck={false}
              autoCapitalize="off"
              className="font-mono"
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(e) =>
                onChange({ ...field, name: e.target.value.toLowerCase().replace(/[\s-]+/g, '_') })
              }
            />
          )}
        </Labelled>
      </div>
      <Labelled
        label="Type"
        description="Switching keeps the settings the new type still uses."
        problems={at('type')}
      >
        {({ id, describedBy, invalid }) => (
          <Select
            id={id}
            value={field.type}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => onChange(changeFieldType(field, e.target.value as FieldType))}
          >
            {FIELD_TYPES.map((t) => (
              <option key={t} value={t}>
                {TYPE_LABELS[t]}
              </option>
            ))}
          </Select>
        )}
      </Labelled>
      <ToggleField
        label="Required"
        description="The run cannot move past this step until it is answered."
        checked={field.required}
        problems={at('required')}
        onChange={(required) => onChange({ ...field, required })}
      />
      {!field.required && (
        <ToggleField
          label="The guide asks for it"
          description="Off: the guide only mentions this optional field once (e.g. tuning settings) and fills it when someone gives it."
          checked={field.guide_asks !== false}
          problems={at('guide_asks')}
          onChange={(asks) => onChange(asks ? without(field, 'guide_asks') : { ...field, guide_asks: false })}
        />
      )}
      <Labelled
        label="Description"
        description="Help text shown under the label (optional)."
        problems={at('description')}
      >
        {({ id, describedBy, invalid }) => (
          <textarea
            id={id}
            rows={2}
            maxLength={2000}
            value={field.description ?? ''}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={cx(controlClass, 'resize-y py-2 leading-relaxed')}
            onChange={(e) =>
              onChange(
                e.target.value === ''
                  ? without(field, 'description')
                  : { ...field, description: e.target.value },
              )
            }
          />
        )}
      </Labelled>
      <TagInput
        label="Extraction hints"
        description="Words or phrases that help the guide recognise this answer in conversation. Press Enter to add."
        tags={field.extraction_hints}
        placeholder="e.g. headcount, team size"
        problems={hintProblems}
        onChange={(extraction_hints) => onChange({ ...field, extraction_hints })}
      />
    </div>
  );
}
