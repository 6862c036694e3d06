import { useState } from 'react';
import type { Field, FieldConditions } from '../../../../src/core/wizard/definition';
import { Button } from '../../ui/Button';
import { ConditionBuilder } from '../conditions/ConditionBuilder';
import { ConfirmRemove } from './ConfirmRemove';
import { without } from './field-model';

/** Props of {@link FieldConditionsEditor}. */
export interface FieldConditionsEditorProps {
  field: Field;
  /** The fields conditions may read (the wizard's other fields). */
  conditionFields: Field[];
  /** Problems relative to `conditions`: `show_if`, `require_if`, … (or deeper inside one). */
  problems: Array<{ path: string; message: string }>;
  onChange: (field: Field) => void;
}

type Kind = keyof FieldConditions;

/** Every condition kind of `FieldConditionsSchema`, with what it does, in the order they are offered. */
export const CONDITION_KINDS: Array<{ kind: Kind; label: string; add: string }> = [
  { kind: 'show_if', label: 'Show this field when', add: 'Show when…' },
  { kind: 'hide_if', label: 'Hide this field when', add: 'Hide when…' },
  { kind: 'enable_if', label: 'Enable this field when', add: 'Enable when…' },
  { kind: 'disable_if', label: 'Disable this field when', add: 'Disable when…' },
  { kind: 'require_if', label: 'Require this field when', add: 'Require when…' },
];

/**
 * The field's conditions: one {@link ConditionBuilder} per kind in use (show, hide, enable, disable,
 * require), buttons to add the others, and a remove button per kind (asking first when it holds a rule).
 */
export function FieldConditionsEditor({
  field,
  conditionFields,
  problems,
  onChange,
}: FieldConditionsEditorProps) {
  const [opened, setOpened] = useState<Kind[]>([]);
  const conditions = field.conditions ?? {};
  const shown = CONDITION_KINDS.filter(({ kind }) => conditions[kind] !== undefined || opened.includes(kind));
  const hidden = CONDITION_KINDS.filter((k) => !shown.includes(k));
  const set = (kind: Kind, value: FieldConditions[Kind]) => {
    const next: FieldConditions = { ...conditions };
    if (value === undefined) delete next[kind];
    else next[kind] = value;
    onChange(Object.keys(next).length > 0 ? { ...field, conditions: next } : without(field, 'conditions'));
  };
  const remove = (kind: Kind) => {
    setOpened((o) => o.filter((k) => k !== kind));
    if (conditions[kind] !== undefined) set(kind, undefined);
  };

  const other = problems.filter(
    (p) => !shown.some(({ kind }) => p.path === kind || p.path.startsWith(`${kind}.`)),
  );
  return (
    <div className="space-y-4">
      {other.length > 0 && (
        <p role="status" className="text-sm text-danger">
          {other.map((p) => p.message).join('; ')}
        </p>
      )}
      {shown.length === 0 && (
        <p className="text-sm text-fg-muted">
          This field is always shown, enabled, and required only if marked required.
        </p>
      )}
      {shown.map(({ kind, label }) => (
        <div key={kind} className="space-y-2 rounded-xl border border-line p-3 sm:p-4">
          <ConditionBuilder
            label={label}
            value={conditions[kind]}
            fields={conditionFields}
            problems={problems
              .filter((p) => p.path === kind || p.path.startsWith(`${kind}.`))
              .map((p) => p.message)}
            onChange={(value) => set(kind, value)}
          />
          <div className="flex justify-end">
            <ConfirmRemove
              what={`“${label}”`}
              confirm={conditions[kind] !== undefined}
              onRemove={() => remove(kind)}
            >
              Remove rule
            </ConfirmRemove>
          </div>
        </div>
      ))}
      {hidden.length > 0 && (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-fg-muted">Add a rule:</span>
          {hidden.map(({ kind, add }) => (
            <Button key={kind} variant="secondary" size="sm" onClick={() => setOpened((o) => [...o, kind])}>
              {add}
            </Button>
          ))}
        </div>
      )}
    </div>
  );
}
