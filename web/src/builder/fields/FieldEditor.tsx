import type { Field } from '../../../../src/core/wizard/definition';
import { CommonSettings } from './CommonSettings';
import { DefaultValueEditor } from './DefaultValueEditor';
import { DeriveEditor } from './DeriveEditor';
import { EditorSection } from './EditorSection';
import {
  DERIVE_TYPES,
  messagesAt,
  NO_DEFAULT_TYPES,
  problemsUnder,
  SELECT_TYPES,
  TYPE_LABELS,
} from './field-model';
import { FieldConditionsEditor } from './FieldConditionsEditor';
import { OptionsEditor } from './OptionsEditor';
import { hasTypeSettings, TypeSettings } from './TypeSettings';
import { ValidationEditor } from './ValidationEditor';

/** A problem the definition validator found, its path relative to the field. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** Props of {@link FieldEditor}: the field, what its conditions may read, its problems, and the edit callback. */
export interface FieldEditorProps {
  /** The field being edited (`Field` from `src/core/wizard/definition.ts`). */
  field: Field;
  /** The wizard's other fields: what this field's conditions and `derive` may read. */
  conditionFields: Field[];
  /** Problems with paths relative to the field: `''`, `label`, `options.0.value`, `conditions.show_if`, … */
  problems: FieldProblem[];
  /** Called with the whole new field on every edit. */
  onChange: (field: Field) => void;
}

const COMMON_PATHS = ['name', 'label', 'type', 'required', 'guide_asks', 'description', 'extraction_hints'];

/** The path prefixes the rendered sections show problems for; anything else is shown at the top. */
function claimedPrefixes(field: Field): string[] {
  const claimed = [...COMMON_PATHS, 'validation', 'conditions'];
  if (SELECT_TYPES.has(field.type)) claimed.push('options');
  if (!NO_DEFAULT_TYPES.has(field.type)) claimed.push('default');
  if (hasTypeSettings(field)) claimed.push('settings');
  if (DERIVE_TYPES.has(field.type)) claimed.push('derive');
  return claimed;
}

/**
 * The builder's editor of one field: common settings, the options of selects, the default value (entered
 * with the player's own control), value rules, type settings, a computed value (`derive`), and the show /
 * hide / enable / disable / require conditions. Each problem shows next to the input it is about; problems
 * about the field as a whole, or about parts no section shows, are listed at the top.
 */
export function FieldEditor({ field, conditionFields, problems, onChange }: FieldEditorProps) {
  const claimed = claimedPrefixes(field);
  const general = problems.filter(
    (p) => p.path === '' || !claimed.some((c) => p.path === c || p.path.startsWith(`${c}.`)),
  );
  return (
    <div className="@container space-y-6">
      {general.length > 0 && (
        <div
          role="status"
          className="rounded-lg border border-danger/30 bg-danger-soft px-4 py-3 text-sm text-danger"
        >
          <ul className="list-inside list-disc space-y-0.5">
            {general.map((p) => (
              <li key={`${p.path}:${p.message}`}>
                {p.path ? <span className="font-mono text-xs">{p.path}: </span> : null}
                {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <EditorSection title="Field">
        <CommonSettings field={field} problems={problems} onChange={onChange} />
      </EditorSection>
      {SELECT_TYPES.has(field.type) && (
        <EditorSection title="Options" description="The choices people pick from, in this order.">
          <OptionsEditor
            options={field.options ?? []}
            problems={problemsUnder(problems, 'options')}
            onChange={(options) => onChange({ ...field, options })}
          />
        </EditorSection>
      )}
      {!NO_DEFAULT_TYPES.has(field.type) && (
        <EditorSection
          title="Prefill"
          description="Optional: the answer a run starts with; people can change it."
        >
          <DefaultValueEditor field={field} problems={messagesAt(problems, 'default')} onChange={onChange} />
        </EditorSection>
      )}
      <EditorSection
        title="Validation"
        description="Rules an answer must pass, checked in the form and for the guide."
      >
        <ValidationEditor
          field={field}
          problems={problemsUnder(problems, 'validation')}
          onChange={onChange}
        />
      </EditorSection>
      {hasTypeSettings(field) && (
        <EditorSection title={`${TYPE_LABELS[field.type]} settings`}>
          <TypeSettings field={field} problems={problemsUnder(problems, 'settings')} onChange={onChange} />
        </EditorSection>
      )}
      {DERIVE_TYPES.has(field.type) && (
        <EditorSection title="Computed value">
          <DeriveEditor
            field={field}
            sources={conditionFields}
            problems={problemsUnder(problems, 'derive')}
            onChange={onChange}
          />
        </EditorSection>
      )}
      <EditorSection
        title="Conditions"
        description="When this field is shown, enabled and required, from the answers to other fields."
      >
        <FieldConditionsEditor
          field={field}
          conditionFields={conditionFields}
          problems={problemsUnder(problems, 'conditions')}
          onChange={onChange}
        />
      </EditorSection>
    </div>
  );
}
