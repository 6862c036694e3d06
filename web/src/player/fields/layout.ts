import type { Field } from '../../../../src/core/wizard/definition';

/** Up to this many options, a single_select shows radio cards; more get a dropdown. */
export const RADIO_LIMIT = 5;

/** How `FieldShell` labels a control: a `<label>`, a `<fieldset>` + `<legend>` (groups), or inline (switches). */
export type ControlLayout = 'label' | 'group' | 'inline';

/** The layout of a field's control. */
export function controlLayout(field: Field): ControlLayout {
  switch (field.type) {
    case 'single_select':
      return (field.options?.length ?? 0) <= RADIO_LIMIT ? 'group' : 'label';
    case 'multi_select':
    case 'rating':
    case 'dynamic_table':
      return 'group';
    case 'boolean':
      return 'inline';
    default:
      return 'label';
  }
}
