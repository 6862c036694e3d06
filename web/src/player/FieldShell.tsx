import type { ReactNode } from 'react';
import type { Provenance } from '../../../src/core/events/run-events';
import { cx } from '../ui/cx';
import type { ControlLayout } from './fields/layout';
import { GuideMarker } from './GuideMarker';

export interface FieldShellProps {
  id: string;
  label: string;
  layout: ControlLayout;
  required: boolean;
  description?: string;
  message?: string;
  /** Set when the guide filled this field: shows the marker. */
  guideProvenance?: Provenance;
  guideName?: string;
  /** Changes each time the guide sets a new value; the field flashes once per change. */
  flashKey?: string;
  children: ReactNode;
}

/**
 * The frame around one field: label (or legend for groups), required mark, description, the "filled by
 * guide" marker, the control, and the validation message (`role="alert"`, linked by `${id}-message`).
 */
export function FieldShell(props: FieldShellProps) {
  const {
    id,
    label,
    layout,
    required,
    description,
    message,
    guideProvenance,
    guideName,
    flashKey,
    children,
  } = props;
  const labelText = (
    <>
      {label}
      {required && (
        <span className="ml-0.5 text-danger" aria-hidden="true">
          *
        </span>
      )}
      {required && <span className="sr-only"> (required)</span>}
    </>
  );
  const labelClass = 'text-sm font-medium text-fg';
  const header = (
    <div className="mb-1.5 flex flex-wrap items-center justify-between gap-2">
      {layout === 'group' ? (
        <legend id={`${id}-label`} className={cx(labelClass, 'float-left')}>
          {labelText}
        </legend>
      ) : (
        <label id={`${id}-label`} htmlFor={id} className={labelClass}>
          {labelText}
        </label>
      )}
      {guideProvenance && <GuideMarker provenance={guideProvenance} guideName={guideName} />}
    </div>
  );
  const body = (
    <>
      {description && (
        <p id={`${id}-description`} className="mb-2 text-sm text-fg-muted">
          {description}
        </p>
      )}
      {children}
      <p
        id={`${id}-message`}
        role="alert"
        className="mt-1.5 min-h-0 text-sm font-medium text-danger empty:hidden"
      >
        {message}
      </p>
    </>
  );
  const frame = '-mx-3 relative rounded-xl px-3 py-2';
  const flash = guideProvenance && flashKey && (
    <span
      key={flashKey}
      aria-hidden="true"
      className="gp-guide-flash pointer-events-none absolute inset-0 rounded-xl"
    />
  );

  if (layout === 'inline') {
    return (
      <div className={frame} data-field={id}>
        {flash}
        <div className="flex items-start justify-between gap-4">
          <div className="flex items-start gap-3">
            {children}
            <div>
              <label id={`${id}-label`} htmlFor={id} className={cx(labelClass, 'cursor-pointer')}>
                {labelText}
              </label>
              {description && (
                <p id={`${id}-description`} className="text-sm text-fg-muted">
                  {description}
                </p>
              )}
            </div>
          </div>
          {guideProvenance && <GuideMarker provenance={guideProvenance} guideName={guideName} />}
        </div>
        <p id={`${id}-message`} role="alert" className="mt-1.5 text-sm font-medium text-danger empty:hidden">
          {message}
        </p>
      </div>
    );
  }
  if (layout === 'group') {
    return (
      <fieldset className={frame} data-field={id} aria-describedby={`${id}-message`}>
        {flash}
        {header}
        <div className="clear-both">{body}</div>
      </fieldset>
    );
  }
  return (
    <div className={frame} data-field={id}>
      {flash}
      {header}
      {body}
    </div>
  );
}
