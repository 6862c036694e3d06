import { useId, useState } from 'react';
import { unknownOperations } from '../../../../src/core/wizard/conditions';
import type { Field, JsonLogic } from '../../../../src/core/wizard/definition';
import { Button } from '../../ui/Button';
import { ConditionGroupEditor } from './ConditionGroupEditor';
import { describeGroup } from './describe-logic';
import { emptyGroup, groupToLogic, logicToGroup, type ConditionGroup } from './logic-groups';
import { readRawLogic } from './raw-logic';
import { RawLogicEditor } from './RawLogicEditor';
import { newRow } from './row-edits';

/** Props of {@link ConditionBuilder}. */
export interface ConditionBuilderProps {
  /** What the condition decides, e.g. "Show this field when", "Skip this step when". */
  label: string;
  /** The JSON Logic expression, or `undefined` for none. */
  value: JsonLogic | undefined;
  /** The fields a condition can test (normally the wizard's other fields). */
  fields: Field[];
  /** Problems the definition validator found in this condition. */
  problems?: string[];
  onChange: (value: JsonLogic | undefined) => void;
}

interface BuilderState {
  /** JSON of the value this state was made for (or last emitted): a different `value` prop resets it. */
  key: string;
  /** JSON of the `value` prop when this state last emitted: a parent that has not caught up yet is no reset. */
  emittedOver?: string;
  raw: boolean;
  group: ConditionGroup;
  text: string;
  /** Why the visual builder cannot show the current JSON Logic. */
  unrepresentable?: string;
  /** Why the raw text is not applied (invalid JSON, not an object). */
  textError?: string;
}

const keyOf = (value: JsonLogic | undefined) => JSON.stringify(value ?? null);
const pretty = (value: JsonLogic | undefined) => (value === undefined ? '' : JSON.stringify(value, null, 2));

function stateFor(value: JsonLogic | undefined, raw = false): BuilderState {
  const parsed = logicToGroup(value);
  const base = { key: keyOf(value), text: pretty(value) };
  return parsed.ok
    ? { ...base, raw, group: parsed.group }
    : { ...base, raw: true, group: emptyGroup(), unrepresentable: parsed.reason };
}

/**
 * Edits one JSON Logic condition: visually as AND/OR groups of "field operator value" rows (see
 * `logic-groups.ts` for what each row writes), or as raw JSON in a textarea. Raw text is applied only while
 * it parses to a JSON object (otherwise a message says why); JSON Logic the visual builder cannot show opens
 * in raw mode with a note. Every visual edit calls `onChange` with the new expression (`undefined` when no
 * complete row is left).
 */
export function ConditionBuilder({ label, value, fields, problems = [], onChange }: ConditionBuilderProps) {
  const id = useId();
  const [state, setState] = useState<BuilderState>(() => stateFor(value));
  const key = keyOf(value);
  if (state.key !== key && state.emittedOver !== key) setState(stateFor(value, state.raw));
  else if (state.key === key && state.emittedOver !== undefined)
    setState({ ...state, emittedOver: undefined });

  const emit = (next: JsonLogic | undefined, patch: Partial<BuilderState>) => {
    setState((s) => ({ ...s, ...patch, key: keyOf(next), emittedOver: key }));
    if (keyOf(next) !== key) onChange(next);
  };
  const setGroup = (group: ConditionGroup) => {
    const logic = groupToLogic(group);
    emit(logic, { group, text: pretty(logic), unrepresentable: undefined, textError: undefined });
  };
  const setText = (text: string) => {
    const read = readRawLogic(text);
    if (read.error !== undefined) return setState((s) => ({ ...s, text, textError: read.error }));
    const parsed = logicToGroup(read.value);
    emit(read.value, {
      text,
      textError: undefined,
      ...(parsed.ok
        ? { group: parsed.group, unrepresentable: undefined }
        : { unrepresentable: parsed.reason }),
    });
  };

  // Operations the engine does not know, found before the definition is validated (same words as the validator).
  const unknown = value ? unknownOperations(value).map((op) => `unknown JSON Logic operation "${op}"`) : [];
  const shownProblems = [...new Set([...problems, ...unknown])];
  const problemsId = `${id}-problems`;
  const canShowVisual = !state.textError && !state.unrepresentable;
  const empty = state.group.children.length === 0;
  const summary = describeGroup(state.group, fields);

  return (
    <div
      role="group"
      aria-labelledby={`${id}-label`}
      className="min-w-0 space-y-3"
      aria-describedby={shownProblems.length > 0 ? problemsId : undefined}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span id={`${id}-label`} className="text-sm font-medium text-fg">
          {label}
        </span>
        <Button
          variant="ghost"
          size="sm"
          aria-pressed={state.raw}
          className={
            state.raw
              ? 'bg-accent-soft text-accent-text hover:bg-accent-soft hover:text-accent-text'
              : undefined
          }
          disabled={state.raw && !canShowVisual}
          title={
            state.raw && !canShowVisual ? 'Fix the JSON or simplify it to use the visual builder' : undefined
          }
          onClick={() =>
            setState((s) => ({ ...s, raw: !s.raw, text: s.raw ? s.text : pretty(groupToLogic(s.group)) }))
          }
        >
          Raw JSON
        </Button>
      </div>
      {state.raw ? (
        <RawLogicEditor
          label={`${label} (JSON Logic)`}
          text={state.text}
          error={state.textError}
          note={
            state.unrepresentable &&
            `The visual builder cannot show this condition (${state.unrepresentable}). Edit it here; it is saved as written.`
          }
          problemsId={shownProblems.length > 0 ? problemsId : undefined}
          onChange={setText}
        />
      ) : empty ? (
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-dashed border-line-strong px-4 py-3">
          <p className="text-sm text-fg-muted">
            {fields.length === 0
              ? 'Add other fields to the wizard to build a condition.'
              : 'No condition yet.'}
          </p>
          <Button
            variant="secondary"
            size="sm"
            disabled={fields.length === 0}
            onClick={() => setGroup({ ...state.group, children: [newRow(fields)] })}
          >
            Add condition
          </Button>
        </div>
      ) : (
        <ConditionGroupEditor
          group={state.group}
          fields={fields}
          prefix="Condition"
          depth={0}
          onChange={setGroup}
        />
      )}
      {!state.unrepresentable && !state.textError && summary !== '' && (
        <p className="text-xs text-fg-subtle">
          <span className="font-medium text-fg-muted">In words: </span>
          {label.replace(/ when$/, '')} when {summary}.
        </p>
      )}
      {shownProblems.length > 0 && (
        <ul id={problemsId} className="space-y-1 text-sm text-danger">
          {shownProblems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
