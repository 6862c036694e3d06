import { useId, useState } from 'react';
import type { FieldType, Step } from '../../../src/core/wizard/definition';
import { Button } from '../ui/Button';
import { Select } from '../ui/Select';
import { FIELD_TYPE_LABELS, PICKABLE_FIELD_TYPES } from './field-defaults';
import { PlusIcon } from './icons';
import type { ProblemIndex } from './problem-paths';
import { SortableFieldRow } from './SortableFieldRow';
import { uniqueSortableIds } from './sortable-ids';
import { SortableList } from './SortableList';

export interface FieldListProps {
  step: Step;
  stepIndex: number;
  /** The selected field's index in this step, if one is selected. */
  selectedField?: number;
  index: ProblemIndex;
  onSelect: (field: number) => void;
  onAdd: (type: FieldType) => void;
  /** Moves a field within the step (drag-and-drop, by pointer or keyboard). */
  onMove: (from: number, to: number) => void;
  readOnly: boolean;
}

/**
 * The fields of the selected step in the outline, reordered by dragging their handles (pointer or keyboard):
 * each opens its editor and shows its problem count; under
 * them, a picker of the engine's field types adds a field with a sensible default.
 */
export function FieldList({
  step,
  stepIndex,
  selectedField,
  index,
  onSelect,
  onAdd,
  onMove,
  readOnly,
}: FieldListProps) {
  const [type, setType] = useState<FieldType>('text');
  const ids = uniqueSortableIds(step.fields.map((f) => f.name));
  const pickerId = useId();
  return (
    <div className="mt-1 mb-2 ml-6 border-l border-line pl-2">
      {step.fields.length === 0 ? (
        <p className="px-2 py-1.5 text-xs text-fg-subtle">No fields yet.</p>
      ) : (
        <SortableList
          ids={ids}
          noun="field"
          nameOf={(i) => `field “${step.fields[i]?.label ?? ''}”`}
          onMove={onMove}
          readOnly={readOnly}
        >
          <ul aria-label={`Fields of ${step.title}`} className="space-y-0.5">
            {step.fields.map((field, fi) => (
              <SortableFieldRow
                key={ids[fi]}
                id={ids[fi]!}
                field={field}
                problems={index.field(stepIndex, fi).length}
                selected={fi === selectedField}
                readOnly={readOnly}
                onSelect={() => onSelect(fi)}
              />
            ))}
          </ul>
        </SortableList>
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
