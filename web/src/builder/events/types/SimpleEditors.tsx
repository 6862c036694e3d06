import type { Action } from '../../../../../src/core/actions/definition';
import { InputField, SelectField, TextAreaField } from '../../controls';
import { messagesAt } from '../../problem-paths';
import type { ActionTypeEditorProps } from './editor-props';

type Config<T extends Action['type']> = Extract<Action, { type: T }>['config'];

/** `set_field_value`: a field and a liquid template whose text (JSON when it parses) becomes its value. */
export function SetFieldEditor({
  action,
  draft,
  problems,
  onChange,
}: ActionTypeEditorProps<'set_field_value'>) {
  const set = (patch: Partial<Config<'set_field_value'>>) =>
    onChange({ ...action, config: { ...action.config, ...patch } });
  const fields = draft.steps.flatMap((s) => s.fields);
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <SelectField
        label="Field"
        value={action.config.field}
        onChange={(e) => set({ field: e.target.value })}
        problems={messagesAt(problems, 'config.field')}
      >
        {!fields.some((f) => f.name === action.config.field) && (
          <option value={action.config.field}>—</option>
        )}
        {fields.map((f) => (
          <option key={f.name} value={f.name}>
            {f.label} ({f.name})
          </option>
        ))}
      </SelectField>
      <InputField
        label="Value (template)"
        spellCheck={false}
        className="font-mono text-xs"
        placeholder="{{ results.lookup.name }}"
        value={action.config.value}
        onChange={(e) => set({ value: e.target.value })}
        problems={messagesAt(problems, 'config.value')}
      />
    </div>
  );
}

const LEVELS = ['info', 'success', 'warning', 'error'] as const;

/** `show_message`: a liquid template shown as a toast in the form and said by the guide, with its level. */
export function ShowMessageEditor({ action, problems, onChange }: ActionTypeEditorProps<'show_message'>) {
  const set = (patch: Partial<Config<'show_message'>>) =>
    onChange({ ...action, config: { ...action.config, ...patch } });
  return (
    <div className="grid gap-3 sm:grid-cols-[1fr_10rem]">
      <InputField
        label="Message (template)"
        value={action.config.text}
        onChange={(e) => set({ text: e.target.value })}
        problems={messagesAt(problems, 'config.text')}
      />
      <SelectField
        label="Level"
        value={action.config.level}
        onChange={(e) => set({ level: e.target.value as (typeof LEVELS)[number] })}
        problems={messagesAt(problems, 'config.level')}
      >
        {LEVELS.map((l) => (
          <option key={l} value={l}>
            {l[0]!.toUpperCase() + l.slice(1)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}

/** `navigate`: next, previous, or a named step. */
export function NavigateEditor({ action, draft, problems, onChange }: ActionTypeEditorProps<'navigate'>) {
  const { to, step_id } = action.config;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <SelectField
        label="Go to"
        value={to}
        onChange={(e) => {
          const next = e.target.value as Config<'navigate'>['to'];
          onChange({
            ...action,
            config: next === 'step' ? { to: next, step_id: step_id ?? draft.steps[0]?.id } : { to: next },
          });
        }}
        problems={messagesAt(problems, 'config.to')}
      >
        <option value="next">The next step</option>
        <option value="previous">The previous step</option>
        <option value="step">A named step</option>
      </SelectField>
      {to === 'step' && (
        <SelectField
          label="Step"
          value={step_id ?? ''}
          onChange={(e) => onChange({ ...action, config: { to, step_id: e.target.value } })}
          problems={messagesAt(problems, 'config.step_id')}
        >
          {draft.steps.map((s, i) => (
            <option key={s.id} value={s.id}>
              {i + 1}. {s.title}
            </option>
          ))}
        </SelectField>
      )}
    </div>
  );
}

/** `custom_script`: a JavaScript function body over `input`, run in QuickJS with a deadline. */
export function CustomScriptEditor({ action, problems, onChange }: ActionTypeEditorProps<'custom_script'>) {
  const set = (patch: Partial<Config<'custom_script'>>) =>
    onChange({ ...action, config: { ...action.config, ...patch } });
  return (
    <div className="space-y-3">
      <TextAreaField
        label="Script (JavaScript function body)"
        description="Reads input (the mapped inputs) and returns JSON. Runs in a sandbox: no network, no files, no require."
        rows={8}
        spellCheck={false}
        className="font-mono text-xs"
        value={action.config.code}
        onChange={(e) => set({ code: e.target.value })}
        problems={messagesAt(problems, 'config.code')}
      />
      <InputField
        label="Deadline (ms)"
        type="number"
        min={10}
        max={30000}
        className="max-w-40"
        value={action.config.timeout_ms}
        onChange={(e) => set({ timeout_ms: Number(e.target.value) })}
        problems={messagesAt(problems, 'config.timeout_ms')}
      />
    </div>
  );
}

/** `transform_data`: a JMESPath expression or a JavaScript function body over input, values, event, results. */
export function TransformEditor({ action, problems, onChange }: ActionTypeEditorProps<'transform_data'>) {
  const set = (patch: Partial<Config<'transform_data'>>) =>
    onChange({ ...action, config: { ...action.config, ...patch } });
  const js = action.config.language === 'javascript';
  return (
    <div className="space-y-3">
      <SelectField
        label="Language"
        value={action.config.language}
        onChange={(e) => set({ language: e.target.value as Config<'transform_data'>['language'] })}
        problems={messagesAt(problems, 'config.language')}
      >
        <option value="jmespath">JMESPath</option>
        <option value="javascript">JavaScript (sandboxed)</option>
      </SelectField>
      <TextAreaField
        label={js ? 'Function body' : 'Expression'}
        description={
          js
            ? 'Sees input, values, event and results; return the output, e.g. return [{ item: input.city, price: input.nights * 120 }];'
            : 'Over { input, values, event, results }, e.g. results.fetch.cities[].name or length(values.items).'
        }
        rows={js ? 6 : 2}
        spellCheck={false}
        className="font-mono text-xs"
        value={action.config.expression}
        onChange={(e) => set({ expression: e.target.value })}
        problems={messagesAt(problems, 'config.expression')}
      />
    </div>
  );
}
