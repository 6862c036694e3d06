import type { OutputHandling } from '../../../../src/core/actions/definition';
import { RENDERER_LABELS } from '../../../../src/core/renderers/kinds';
import { isSelectType, type Field } from '../../../../src/core/wizard/definition';
import type { DraftProblem } from '../builder-api';
import { InputField, SelectField } from '../controls';
import { messagesAt } from '../problem-paths';

type Into = OutputHandling['into'];
type Renderer = Extract<OutputHandling, { into: 'renderer' }>['renderer'];

const INTO_LABELS: Record<Into, string> = {
  context: 'Keep it for later actions',
  field: 'Into a field',
  option_set: "Into a select field's options",
  renderer: 'Show it (output renderer)',
};

/** A new output handling of kind `into`, keeping the path (and the field when both kinds have one). */
function switchInto(current: OutputHandling, into: Into, fields: Field[]): OutputHandling {
  const path = current.path;
  const field = 'field' in current ? current.field : undefined;
  const pick = (candidates: Field[]) =>
    candidates.find((f) => f.name === field)?.name ?? candidates[0]?.name ?? '';
  switch (into) {
    case 'context':
      return { into, path };
    case 'field':
      return { into, field: pick(fields), path };
    case 'option_set':
      return {
        into,
        field: pick(fields.filter((f) => isSelectType(f.type))),
        path,
        label_path: 'label',
        value_path: 'value',
      };
    case 'renderer':
      return { into, renderer: 'table', path };
  }
}

/**
 * Where an action's output goes: the run's context under a key (for later actions), a field's value, a
 * select field's options (with the label and value paths of each item), or an output renderer with a title.
 * `path` (JMESPath) picks the part of the output to use in every case.
 */
export function OutputHandlingEditor({
  value,
  fields,
  problems,
  onChange,
}: {
  value: OutputHandling;
  /** The wizard's fields. */
  fields: Field[];
  /** Problems with paths relative to `output_handling`. */
  problems: DraftProblem[];
  onChange: (value: OutputHandling) => void;
}) {
  const at = (path: string) => messagesAt(problems, path);
  const optional = (text: string) => (text === '' ? undefined : text);
  const targets = value.into === 'option_set' ? fields.filter((f) => isSelectType(f.type)) : fields;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <SelectField
        label="Output goes"
        value={value.into}
        onChange={(e) => onChange(switchInto(value, e.target.value as Into, fields))}
        problems={at('into')}
      >
        {(Object.keys(INTO_LABELS) as Into[]).map((k) => (
          <option key={k} value={k}>
            {INTO_LABELS[k]}
          </option>
        ))}
      </SelectField>
      {value.into === 'context' && (
        <InputField
          label="Context key"
          description="Later actions read it as results.<key>."
          spellCheck={false}
          value={value.key ?? ''}
          onChange={(e) => onChange({ ...value, key: optional(e.target.value) })}
          problems={at('key')}
        />
      )}
      {(value.into === 'field' || value.into === 'option_set') && (
        <SelectField
          label={value.into === 'field' ? 'Field' : 'Select field'}
          value={value.field}
          onChange={(e) => onChange({ ...value, field: e.target.value })}
          problems={at('field')}
        >
          {!targets.some((f) => f.name === value.field) && (
            <option value={value.field}>{value.field || '—'}</option>
          )}
          {targets.map((f) => (
            <option key={f.name} value={f.name}>
              {f.label} ({f.name})
            </option>
          ))}
        </SelectField>
      )}
      {value.into === 'renderer' && (
        <>
          <SelectField
            label="Renderer"
            value={value.renderer}
            onChange={(e) => onChange({ ...value, renderer: e.target.value as Renderer })}
            problems={at('renderer')}
          >
            {(Object.keys(RENDERER_LABELS) as Renderer[]).map((r) => (
              <option key={r} value={r}>
                {RENDERER_LABELS[r]}
              </option>
            ))}
          </SelectField>
          <InputField
            label="Title"
            value={value.title ?? ''}
            onChange={(e) => onChange({ ...value, title: optional(e.target.value) })}
            problems={at('title')}
          />
        </>
      )}
      <InputField
        label="Path (JMESPath, optional)"
        description="The part of the output to use, e.g. cities or data.items."
        spellCheck={false}
        className="font-mono text-xs"
        value={value.path ?? ''}
        onChange={(e) => onChange({ ...value, path: optional(e.target.value) })}
        problems={at('path')}
      />
      {value.into === 'option_set' && (
        <>
          <InputField
            label="Label path"
            description="Of each item, e.g. name."
            spellCheck={false}
            value={value.label_path}
            onChange={(e) => onChange({ ...value, label_path: e.target.value })}
            problems={at('label_path')}
          />
          <InputField
            label="Value path"
            description="Of each item, e.g. code."
            spellCheck={false}
            value={value.value_path}
            onChange={(e) => onChange({ ...value, value_path: e.target.value })}
            problems={at('value_path')}
          />
        </>
      )}
    </div>
  );
}
