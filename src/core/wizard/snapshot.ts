import type { Provenance } from '../events/run-events.js';
import { isFieldEnabled, isFieldRequired, isFieldVisible, isStepSkipped } from './conditions.js';
import type { FieldType, Option, WizardDefinition } from './definition.js';
import { formatFieldValue } from './field-types/index.js';
import { hasValue, missingInStep, missingRequired } from './navigation.js';
import { withOptionSet } from './option-sets.js';
import { referenceDateAt, REVIEW_STEP_ID, type RunState, type RunStatus } from './run-state.js';

/** A field as the player and the guide see it in a given state. */
export interface FieldView {
  name: string;
  label: string;
  type: FieldType;
  step_id: string;
  description?: string;
  extraction_hints: string[];
  /** `false` when a guide only mentions this optional field instead of asking for it (see FieldSchema). */
  guide_asks?: false;
  options?: Option[];
  visible: boolean;
  enabled: boolean;
  required: boolean;
  answered: boolean;
  value?: unknown;
  /** The value as words, e.g. an option's label. */
  display?: string;
  provenance?: Provenance;
}

/** A step in a given state. */
export interface StepView {
  id: string;
  title: string;
  instruction?: string;
  voice_prompt?: string;
  skipped: boolean;
  complete: boolean;
  current: boolean;
}

/**
 * Everything a client or a guide needs to show or reason about a run: current step, each field's
 * visibility/requirement/value, what is still missing, and progress (answered required fields / all
 * required fields, 0..100).
 */
export interface RunSnapshot {
  status: RunStatus;
  /** YYYY-MM-DD: relative dates ("next Friday") in this run resolve against it. */
  reference_date: string;
  current_step_id: string;
  is_review: boolean;
  current_step?: StepView;
  steps: StepView[];
  fields: FieldView[];
  values: Record<string, unknown>;
  missing_in_step: string[];
  missing_required: string[];
  progress: { answered: number; required: number; percent: number };
}

/** The run's reference date as a Date (see `referenceDateAt`). */
export function referenceDateOf(snapshot: Pick<RunSnapshot, 'reference_date'>): Date {
  return referenceDateAt(snapshot.reference_date);
}

/** Computes the snapshot of a run state. Pure. */
export function snapshotRun(definition: WizardDefinition, state: RunState): RunSnapshot {
  const values = state.values;
  const steps: StepView[] = definition.steps.map((step) => ({
    id: step.id,
    title: step.title,
    instruction: step.instruction,
    voice_prompt: step.voice_prompt,
    skipped: isStepSkipped(step, values),
    complete: missingInStep(step, values).length === 0,
    current: step.id === state.current_step_id,
  }));
  const fields: FieldView[] = definition.steps.flatMap((step) =>
    step.fields.map((declared) => {
      const field = withOptionSet(declared, state);
      const answered = hasValue(values[field.name]);
      return {
        name: field.name,
        label: field.label,
        type: field.type,
        step_id: step.id,
        description: field.description,
        extraction_hints: field.extraction_hints,
        ...(field.guide_asks === false ? { guide_asks: false as const } : {}),
        options: field.options,
        visible: isFieldVisible(field, values),
        enabled: isFieldEnabled(field, values),
        required: isFieldRequired(field, values),
        answered,
        ...(answered
          ? {
              value: values[field.name],
              display: formatFieldValue(field, values[field.name]),
              provenance: state.provenance[field.name],
            }
          : {}),
      };
    }),
  );
  const currentStep = definition.steps.find((s) => s.id === state.current_step_id);
  const required = fields.filter((f) => f.required && !steps.find((s) => s.id === f.step_id)?.skipped);
  const answered = required.filter((f) => f.answered).length;
  return {
    status: state.status,
    reference_date: state.reference_date,
    current_step_id: state.current_step_id,
    is_review: state.current_step_id === REVIEW_STEP_ID,
    current_step: steps.find((s) => s.current),
    steps,
    fields,
    values,
    missing_in_step: currentStep ? missingInStep(currentStep, values).map((f) => f.name) : [],
    missing_required: missingRequired(definition, values).map((f) => f.name),
    progress: {
      answered,
      required: required.length,
      percent: required.length === 0 ? 100 : Math.round((answered / required.length) * 100),
    },
  };
}
