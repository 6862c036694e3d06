import type { RunView } from '../runs/run-service.js';

/** A field of the current step as an MCP client sees it. */
export interface McpFieldState {
  name: string;
  label: string;
  type: string;
  required: boolean;
  description?: string;
  /** `value` and `label` of each choice, for select fields. */
  options?: Array<{ value: string; label: string }>;
  value?: unknown;
  /** The value in words (an option's label, a formatted date). */
  display?: string;
}

/** What every wizard tool answers: where the run stands and what to fill next. */
export interface McpRunState {
  run_id: string;
  wizard: string;
  status: string;
  /** The current step (`review` on the review page). */
  current_step: { id: string; title: string; instruction?: string };
  /** The visible fields of the current step (every visible field on the review page). */
  fields: McpFieldState[];
  /** Required fields of the current step still empty. */
  missing_in_step: string[];
  /** Required fields of the whole run still empty. */
  missing_required: string[];
  progress: { answered: number; required: number; percent: number };
  /** What to do next, in words. */
  next: string;
}

/** The run's state as MCP tool results carry it (see McpRunState). */
export function mcpRunState(view: RunView): McpRunState {
  const { snapshot, run, definition } = view;
  const step = snapshot.current_step;
  const onReview = snapshot.is_review;
  const fields = snapshot.fields
    .filter(
      (f) => f.visible && f.type !== 'file_upload' && (onReview || f.step_id === snapshot.current_step_id),
    )
    .map((f) => ({
      name: f.name,
      label: f.label,
      type: f.type,
      required: f.required,
      ...(f.description ? { description: f.description } : {}),
      ...(f.options ? { options: f.options.map((o) => ({ value: o.value, label: o.label })) } : {}),
      ...(f.answered ? { value: f.value, display: f.display } : {}),
    }));
  return {
    run_id: run.id,
    wizard: definition.slug,
    status: snapshot.status,
    current_step: onReview
      ? { id: 'review', title: 'Review' }
      : { id: snapshot.current_step_id, title: step?.title ?? '', instruction: step?.instruction },
    fields,
    missing_in_step: snapshot.missing_in_step,
    missing_required: snapshot.missing_required,
    progress: snapshot.progress,
    next: nextHint(view),
  };
}

function nextHint({ snapshot }: RunView): string {
  if (snapshot.status !== 'active') return `the run is ${snapshot.status}: nothing more to do`;
  if (snapshot.is_review)
    return snapshot.missing_required.length > 0
      ? `fill ${snapshot.missing_required.join(', ')} before complete_wizard`
      : 'everything is filled: call complete_wizard, or change a value with set_wizard_field';
  if (snapshot.missing_in_step.length > 0)
    return `fill ${snapshot.missing_in_step.join(', ')} with set_wizard_field, then call wizard_next_step`;
  return 'this step is complete: call wizard_next_step';
}
