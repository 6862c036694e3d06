import { useId, useState } from 'react';
import type { FieldType, Step } from '../../../src/core/wizard/definition';
import { Button } from '../ui/Button';
import { cx, focusRing } from '../ui/cx';
import { Select } from '../ui/Select';
import { FIELD_TYPE_LABELS, PICKABLE_FIELD_TYPES } from './field-defaults';
import { PlusIcon } from './icons';
import type { ProblemIndex } from './problem-paths';
import { ProblemCount, problemWords } from './ProblemCount';

export interface FieldListProps {
  step: Step;
  stepIndex: number;
  /** The selected field's index in this step, if one is selected. */
  selectedField?: number;
  index: ProblemIndex;
  onSelect: (field: number) => void;
  onAdd: (type: FieldType) => void;
  readOnly: boolean;
}

/**
 * The fields of the selected step in the outline: each opens its editor and shows its problem count; under
 * them, a picker of the engine's field types adds a field with a sensible default.
 */
export function FieldList({
  step,
  stepIndex,
  selectedField,
  index,
  onSelect,
  onAdd,
  readOnly,
}: FieldListProps) {
  const [type, setType] = useState<FieldType>('text');
  const pickerId = useId();
  return (
    <div className="mt-1 mb-2 ml-6 border-l border-line pl-2">
      {step.fields.length === 0 ? (
        <p className="px-2 py-1.5 text-xs text-fg-subtle">No fields yet.</p>
      ) : (
        <ul aria-label={`Fields of ${step.title}`} className="space-y-0.5">
          {step.fields.map((field, fi) => {
            const selected = fi === selectedField;
            return (
              <li key={`${field.name}-${fi}`}>
                <button
                  type="button"
                  aria-current={selected ? 'true' : undefined}
                  aria-label={`${field.label} (${FIELD_TYPE_LABELS[field.type]})${problemWords(index.field(stepIndex, fi).length)}`}
                  onClick={() => onSelect(fi)}
                  className={cx(
                    'flex w-full items-center gap-2 rounded-md px-2 py-1.5 text-left text-sm transition-colors',
                    selected
                      ? 'bg-accent-soft text-accent-text'
                      : 'text-fg-muted hover:bg-surface-hover hover:text-fg',
                    focusRing,
                  )}
                >
                  <span className="min-w-0 flex-1 truncate">{field.label}</span>
                  <span className="shrink-0 text-[11px] text-fg-subtle">{FIELD_TYPE_LABELS[field.type]}</span>
                  <ProblemCount count={index.field(stepIndex, fi).length} />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {!readOnly && (
        <div className="mt-2 flex items-center gap-1 pr-1 pl-1">
          <label htmlFor={pickerId} className="sr-only">
            Type of the new field in {step.title}
          </label>
          <div className="min-w-0 flex-1">
            <Select
              id={pickerId}
              value={type}
              onChange={(e) => setType(e.target.value as FieldType)}
              className="h-8 pr-8 pl-2 text-xs"
            >
              {PICKABLE_FIELD_TYPES.map((t) => (
                <option key={t} value={t}>
                  {FIELD_TYPE_LABELS[t]}
                </option>
              ))}
            </Select>
          </div>
          <Button
            size="sm"
            variant="secondary"
            aria-label="Add field"
            title="Add a field of this type"
            className="w-8 shrink-0 px-0"
            onClick={() => onAdd(type)}
          >
            <PlusIcon />
          </Button>
        </div>
      )}
    </div>
  );
}
