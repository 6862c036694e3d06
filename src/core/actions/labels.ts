import type { ActionType, Trigger } from './definition.js';

/** What each trigger means, in the words the builder shows (one place for every surface). */
export const TRIGGER_LABELS: Record<Trigger, string> = {
  'wizard.onStart': 'When a run starts',
  'wizard.onComplete': 'When a run is completed',
  'step.onEntry': 'When the step is entered',
  'step.onExit': 'When the step is left',
  'step.onValidate': 'When moving on from the step',
  'optionSet.onLoad': 'When the options load (step entered)',
  'optionSet.onChange': 'When the answer changes',
  'optionSet.onApply': 'When “Apply” is pressed',
  'option.onClick': 'When the option is chosen (each time)',
  'option.onSelect': 'When the option is selected',
  'option.onDeselect': 'When the option is deselected',
  'option.onChange': 'When the option is selected or deselected',
};

/** The name of each action type. */
export const ACTION_TYPE_LABELS: Record<ActionType, string> = {
  api_call: 'API call',
  mcp_call: 'MCP tool call',
  transform_data: 'Transform data',
  set_field_value: 'Set a field',
  show_message: 'Show a message',
  navigate: 'Go to a step',
  custom_script: 'Custom script',
};

/** One line on what each action type does. */
export const ACTION_TYPE_HINTS: Record<ActionType, string> = {
  api_call: 'Call an HTTP API through one of your API configurations.',
  mcp_call: 'Call a tool of an MCP server.',
  transform_data: 'Compute a value with JMESPath or JavaScript.',
  set_field_value: 'Fill in a field of the run.',
  show_message: 'Show a toast in the form; the guide says it in chat.',
  navigate: 'Move the run to the next, previous or a named step.',
  custom_script: 'Run JavaScript in a sandbox (no network, no files).',
};
