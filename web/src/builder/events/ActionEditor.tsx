import type { Action, ActionType } from '../../../../src/core/actions/definition';
import type { WizardDefinition } from '../../../../src/core/wizard/definition';
import type { DraftProblem } from '../builder-api';
import { InputField, ToggleField } from '../controls';
import { messagesAt } from '../problem-paths';
import { ActionTestPanel } from './ActionTestPanel';
import { KeyValueEditor } from './KeyValueEditor';
import { OnErrorEditor } from './OnErrorEditor';
import { OutputHandlingEditor } from './OutputHandlingEditor';
import { problemsByKey, problemsWithin } from './problems';
import type { ActionTypeEditorProps } from './types/editor-props';
import { ACTION_EDITORS, type ActionTypeEditor } from './types/registry';

/** Props of {@link ActionEditor}. */
export interface ActionEditorProps {
  action: Action;
  draft: WizardDefinition;
  /** Problems with paths relative to the action. */
  problems: DraftProblem[];
  onChange: (action: Action) => void;
  /** What the Test button needs: the wizard, the event the action is in, and saving the draft first. */
  test: { wizardId: string; eventId: string; flush: () => Promise<boolean> };
}

function Part({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="space-y-2 border-t border-line pt-3">
      <h5 className="text-xs font-semibold tracking-wide text-fg-muted uppercase">{title}</h5>
      {children}
    </div>
  );
}

/**
 * The editor of one action: its id and name; its type's own settings (from {@link ACTION_EDITORS}); the input
 * mapping (templates by name, unless the type edits it itself, as `mcp_call` does with the tool's
 * arguments); where the output goes; what happens on error; whether it runs in the background and what the
 * form says while it runs; and a Test panel. Problems show next to their controls.
 */
export function ActionEditor({ action, draft, problems, onChange, test }: ActionEditorProps) {
  const at = (path: string) => messagesAt(problems, path);
  const entry = ACTION_EDITORS[action.type] as unknown as ActionTypeEditor<ActionType>;
  const TypeEditor = entry.Editor as React.ComponentType<ActionTypeEditorProps>;
  const fields = draft.steps.flatMap((s) => s.fields);
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <InputField
          label="Action name"
          value={action.name ?? ''}
          placeholder="e.g. Load the cities"
          onChange={(e) => onChange({ ...action, name: e.target.value === '' ? undefined : e.target.value })}
          problems={at('name')}
        />
        <InputField
          label="Action id"
          description="snake_case; later actions read its output as results.<id>."
          spellCheck={false}
          value={action.id}
          onChange={(e) => onChange({ ...action, id: e.target.value })}
          problems={at('id')}
        />
      </div>
      <TypeEditor action={action} draft={draft} problems={problems} onChange={onChange} />
      {!entry.ownsInputMapping && (
        <KeyValueEditor
          label="Inputs"
          description="Templates over values, event and results, e.g. {{ values.country }}; the action sees them as input."
          noun="input"
          entries={action.input_mapping}
          problems={problemsByKey(problems, 'input_mapping')}
          onChange={(input_mapping) => onChange({ ...action, input_mapping })}
        />
      )}
      <Part title="Output">
        <OutputHandlingEditor
          value={action.output_handling}
          fields={fields}
          problems={problemsWithin(problems, 'output_handling')}
          onChange={(output_handling) => onChange({ ...action, output_handling })}
        />
      </Part>
      <Part title="Errors and loading">
        <OnErrorEditor
          value={action.on_error}
          problems={problemsWithin(problems, 'on_error')}
          onChange={(on_error) => onChange({ ...action, on_error })}
        />
        <ToggleField
          label="Run in the background"
          description="The form does not wait; the result arrives when it is ready."
          checked={action.is_async}
          onChange={(is_async) => onChange({ ...action, is_async })}
          problems={at('is_async')}
        />
        <InputField
          label="Loading message"
          description="Shown in the form, and said by the guide, while it runs."
          placeholder="e.g. Looking up cities…"
          value={action.loading_message ?? ''}
          onChange={(e) =>
            onChange({ ...action, loading_message: e.target.value === '' ? undefined : e.target.value })
          }
          problems={at('loading_message')}
        />
      </Part>
      <Part title="Test">
        <ActionTestPanel
          wizardId={test.wizardId}
          eventId={test.eventId}
          actionId={action.id}
          draft={draft}
          flush={test.flush}
        />
      </Part>
    </div>
  );
}
