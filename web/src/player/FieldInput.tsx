import { useId, useState, type ComponentType } from 'react';
import type { Field, FieldType } from '../../../src/core/wizard/definition';
import { normaliseFieldValue, type NormaliseContext } from '../../../src/core/wizard/field-types/index';
import type { FieldView } from '../../../src/core/wizard/snapshot';
import { valueKey, type ControlProps } from './field-props';
import { ApplyButtonControl } from './fields/ApplyButtonControl';
import { BooleanControl } from './fields/BooleanControl';
import { DynamicTableControl } from './fields/DynamicTableControl';
import { ChoiceControl } from './fields/ChoiceControl';
import { ColorControl } from './fields/ColorControl';
import { FileControl } from './fields/FileControl';
import { controlLayout } from './fields/layout';
import { PhoneControl } from './fields/PhoneControl';
import { RatingControl } from './fields/RatingControl';
import { RichTextControl } from './fields/RichTextControl';
import { SliderControl } from './fields/SliderControl';
import { TextControl } from './fields/TextControl';
import { VoiceOnlyControl } from './fields/VoiceOnlyControl';
import { FieldShell } from './FieldShell';

/** The control of each field type. */
export const CONTROLS: Record<FieldType, ComponentType<ControlProps>> = {
  text: TextControl,
  textarea: TextControl,
  email: TextControl,
  phone: PhoneControl,
  url: TextControl,
  number: TextControl,
  date: TextControl,
  time: TextControl,
  datetime: TextControl,
  single_select: ChoiceControl,
  multi_select: ChoiceControl,
  boolean: BooleanControl,
  rating: RatingControl,
  slider: SliderControl,
  color: ColorControl,
  file_upload: FileControl,
  rich_text: RichTextControl,
  voice_only: VoiceOnlyControl,
  dynamic_table: DynamicTableControl,
  apply_button: ApplyButtonControl,
};

export interface FieldInputProps {
  /** The field's definition (rules and settings). */
  field: Field;
  /** The field in the run's current snapshot (value, visibility, required, provenance). */
  view: FieldView;
  ctx: NormaliseContext;
  /** Commits a canonical value, or `null` to clear the field. */
  onCommit: (value: unknown) => void;
  /** A problem the run reported for this field (e.g. "Email is required" after Next). */
  problem?: string;
  /** Show validation messages even for untouched fields (after a refused Next). */
  showErrors?: boolean;
  guideName?: string;
  /** Uploads a chosen file (file fields of server-backed runs; see `ControlProps.upload`). */
  upload?: ControlProps['upload'];
  /** Presses an apply_button field (see `ControlProps.onApply`). */
  onApply?: ControlProps['onApply'];
}

function isEmptyRaw(raw: unknown): boolean {
  return (
    raw === null ||
    raw === undefined ||
    (typeof raw === 'string' && raw.trim() === '') ||
    (Array.isArray(raw) && raw.length === 0)
  );
}

/**
 * One field of the player, for any field type: renders the type's control in a labelled frame and
 * validates as the user types with the engine's own `normaliseFieldValue`. A valid value is committed; an
 * empty or invalid one clears the field in the run (so Next cannot pass on a stale value) while the
 * control keeps showing what was typed. Messages appear once the user has left the field (or after a
 * refused Next) and then follow every keystroke: "reward early, punish late".
 */
export function FieldInput({
  field,
  view,
  ctx,
  onCommit,
  problem,
  showErrors,
  guideName,
  upload,
  onApply,
}: FieldInputProps) {
  const id = `field-${field.name}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [touched, setTouched] = useState(false);
  // A local message holds only while the run's value is the one it was computed for.
  const [local, setLocal] = useState<{ message?: string; forKey: string }>({ forKey: valueKey(view.value) });

  const onRaw = (raw: unknown): string => {
    let committed: unknown = null;
    let message: string | undefined;
    if (isEmptyRaw(raw)) {
      message = view.required ? `${field.label} is required` : undefined;
    } else {
      const result = normaliseFieldValue(field, raw, ctx);
      if (result.ok) committed = result.value;
      else message = `${field.label} ${result.message}`;
    }
    const key = valueKey(committed);
    setLocal({ message, forKey: key });
    if (key !== valueKey(view.value)) onCommit(committed);
    return key;
  };

  const key = valueKey(view.value);
  const localMessage = local.forKey === key && (touched || showErrors) ? local.message : undefined;
  const message = localMessage ?? problem;
  const describedBy = [field.description ? `${id}-description` : '', message ? `${id}-message` : '']
    .filter(Boolean)
    .join(' ');
  const Control = CONTROLS[field.type] ?? TextControl;
  const guide = view.provenance?.source === 'guide' ? view.provenance : undefined;

  return (
    <FieldShell
      id={id}
      label={field.label}
      layout={controlLayout(field)}
      required={view.required}
      description={field.description}
      message={message}
      guideProvenance={guide}
      guideName={guideName}
      flashKey={guide ? key : undefined}
    >
      <Control
        field={field}
        view={view}
        id={id}
        describedBy={describedBy || undefined}
        invalid={Boolean(message)}
        disabled={!view.enabled}
        ctx={ctx}
        onRaw={onRaw}
        onBlur={() => setTouched(true)}
        upload={upload}
        onApply={onApply}
      />
    </FieldShell>
  );
}
