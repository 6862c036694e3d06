import type { ComponentType } from 'react';
import type { ActionType } from '../../../../../src/core/actions/definition';
import { ApiCallEditor } from './ApiCallEditor';
import type { ActionTypeEditorProps } from './editor-props';
import { McpCallEditor } from './McpCallEditor';
import {
  CustomScriptEditor,
  NavigateEditor,
  SetFieldEditor,
  ShowMessageEditor,
  TransformEditor,
} from './SimpleEditors';

/** The builder's editor of one action type, and whether it edits the input mapping itself (tool arguments). */
export interface ActionTypeEditor<T extends ActionType> {
  Editor: ComponentType<ActionTypeEditorProps<T>>;
  ownsInputMapping: boolean;
}

/** One editor per action type (the compiler checks that every type has one). */
export const ACTION_EDITORS: { [T in ActionType]: ActionTypeEditor<T> } = {
  api_call: { Editor: ApiCallEditor, ownsInputMapping: false },
  mcp_call: { Editor: McpCallEditor, ownsInputMapping: true },
  transform_data: { Editor: TransformEditor, ownsInputMapping: false },
  set_field_value: { Editor: SetFieldEditor, ownsInputMapping: false },
  show_message: { Editor: ShowMessageEditor, ownsInputMapping: false },
  navigate: { Editor: NavigateEditor, ownsInputMapping: false },
  custom_script: { Editor: CustomScriptEditor, ownsInputMapping: false },
};
