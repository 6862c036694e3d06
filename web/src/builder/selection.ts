/**
 * What the builder's editor pane shows: the wizard's own settings, a step, a field of a step (indexes
 * are 0-based), or the version history.
 */
export type Selection =
  | { kind: 'wizard' }
  | { kind: 'step'; step: number }
  | { kind: 'field'; step: number; field: number }
  | { kind: 'history' };

/** The step index a selection is in, or undefined for the wizard settings and the history. */
export function selectedStep(selection: Selection): number | undefined {
  return selection.kind === 'step' || selection.kind === 'field' ? selection.step : undefined;
}
