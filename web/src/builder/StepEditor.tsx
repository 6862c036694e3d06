import type { Field, Step } from '../../../src/core/wizard/definition';
import type { DraftProblem } from './builder-api';
import { ConditionBuilder } from './conditions/ConditionBuilder';
import { InputField, ProblemList, Section, TextAreaField } from './controls';
import { messagesAt, messagesUnder } from './problem-paths';

export interface StepEditorProps {
  step: Step;
  /** The fields its skip condition may read: every field of the other steps. */
  conditionFields: Field[];
  /** The step's own problems, paths relative to the step (`title`, `skip_if`, `id`). */
  problems: DraftProblem[];
  onChange: (patch: Partial<Step>) => void;
}

/** Editor of one step: title, id, instruction, the guide's voice prompt and the skip condition. */
export function StepEditor({ step, conditionFields, problems, onChange }: StepEditorProps) {
  const at = (path: string) => messagesAt(problems, path);
  const optional = (value: string) => (value === '' ? undefined : value);
  return (
    <div className="space-y-6">
      <Section>
        <InputField
          label="Title"
          value={step.title}
          onChange={(e) => onChange({ title: e.target.value })}
          problems={at('title')}
        />
        <InputField
          label="Step id"
          description="A stable snake_case name for integrations and analytics."
          value={step.id}
          spellCheck={false}
          onChange={(e) => onChange({ id: e.target.value })}
          problems={at('id')}
        />
        <TextAreaField
          label="Instruction"
          description="Shown under the title in the form."
          value={step.instruction ?? ''}
          onChange={(e) => onChange({ instruction: optional(e.target.value) })}
          problems={at('instruction')}
        />
        <TextAreaField
          label="Voice prompt"
          description="What the guide says when the step begins in a voice or chat run."
          value={step.voice_prompt ?? ''}
          onChange={(e) => onChange({ voice_prompt: optional(e.target.value) })}
          problems={at('voice_prompt')}
        />
      </Section>
      <Section
        title="Skip condition"
        description="Skip this step when the condition holds. A step whose fields are all hidden is skipped too."
      >
        <ConditionBuilder
          label="Skip this step when"
          value={step.skip_if}
          fields={conditionFields}
          problems={messagesUnder(problems, 'skip_if')}
          onChange={(skip_if) => onChange({ skip_if })}
        />
      </Section>
      <ProblemList messages={[...messagesAt(problems, ''), ...messagesAt(problems, 'fields')]} />
    </div>
  );
}
