import type { Field } from '../../../src/core/wizard/definition';
import type { FileRef } from '../../../src/core/wizard/field-types/file-upload';
import type { NormaliseContext } from '../../../src/core/wizard/field-types/index';
import type { FieldView } from '../../../src/core/wizard/snapshot';

/** What every field control receives from `FieldInput`. */
export interface ControlProps {
  field: Field;
  view: FieldView;
  /** The id of the control (the `<label htmlFor>` points at it); group controls use it for their first input. */
  id: string;
  /** Ids of the description and the error message, for `aria-describedby`. */
  describedBy?: string;
  invalid: boolean;
  disabled: boolean;
  ctx: NormaliseContext;
  /**
   * Raw input from the control; `FieldInput` normalises, validates and commits it (`null` means empty) and
   * returns the {@link valueKey} of the value it committed.
   */
  onRaw: (raw: unknown) => string;
  /** The user left the control: its message may show from now on. */
  onBlur: () => void;
  /**
   * File fields of server-backed runs: uploads one chosen file for this field and resolves its stored ref
   * (see `RunController.uploadFile`). Absent in local previews, where only file metadata is recorded.
   */
  upload?: (file: File, onProgress: (fraction: number) => void) => Promise<FileRef>;
  /** apply_button fields: presses the button (see `RunController.apply`); absent where runs cannot take it. */
  onApply?: () => Promise<unknown>;
}

/** A stable key of a value, to tell whether it changed. */
export function valueKey(value: unknown): string {
  return JSON.stringify(value ?? null);
}
