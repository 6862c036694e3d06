import type { Action, ActionType } from '../../../../../src/core/actions/definition';
import type { WizardDefinition } from '../../../../../src/core/wizard/definition';
import type { DraftProblem } from '../../builder-api';

/** What the editor of one action type gets: the action, the draft it is in, its problems, the edit callback. */
export interface ActionTypeEditorProps<T extends ActionType = ActionType> {
  action: Extract<Action, { type: T }>;
  draft: WizardDefinition;
  /** Problems with paths relative to the action (`config.path`, `input_mapping.city`). */
  problems: DraftProblem[];
  onChange: (action: Extract<Action, { type: T }>) => void;
}
