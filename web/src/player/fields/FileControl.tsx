import { acceptList, formatBytes, type FileRef } from '../../../../src/core/wizard/field-types/file-upload';
import { cx } from '../../ui/cx';
import type { ControlProps } from '../field-props';

/**
 * File upload. For now only each file's name, size and type are recorded (as `FileRef`s); uploading the
 * bytes comes with the server's file storage. `settings.accept` and `settings.multiple` apply.
 */
export function FileControl({
  field,
  view,
  id,
  describedBy,
  invalid,
  disabled,
  onRaw,
  onBlur,
}: ControlProps) {
  const files = Array.isArray(view.value) ? (view.value as FileRef[]) : [];
  const accept = acceptList(field).join(',');
  return (
    <div className="space-y-2">
      <label
        className={cx(
          'flex cursor-pointer flex-col items-center gap-1 rounded-xl border border-dashed border-line-strong bg-surface-muted px-4 py-6 text-center',
          'hover:border-accent has-focus-visible:ring-2 has-focus-visible:ring-accent',
          invalid && 'border-danger',
          disabled && 'cursor-not-allowed opacity-60',
        )}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-6 text-fg-subtle"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
        >
          <path
            strokeLinecap="round"
            strokeLinejoin="round"
            d="M12 16V4m0 0-4 4m4-4 4 4M4 16v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2"
          />
        </svg>
        <span className="text-sm font-medium text-fg">
          Choose {field.settings?.multiple === true ? 'files' : 'a file'}
        </span>
        {accept && <span className="text-xs text-fg-subtle">{accept}</span>}
        <input
          id={id}
          name={field.name}
          type="file"
          accept={accept || undefined}
          multiple={field.settings?.multiple === true}
          disabled={disabled}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            const list = Array.from(e.target.files ?? []);
            onRaw(
              list.length === 0
                ? null
                : list.map((f) => ({ name: f.name, size: f.size, content_type: f.type })),
            );
          }}
          onBlur={onBlur}
          className="sr-only"
        />
      </label>
      {files.length > 0 && (
        <ul className="divide-y divide-line rounded-lg border border-line text-sm">
          {files.map((f) => (
            <li key={`${f.name}-${f.size}`} className="flex justify-between gap-3 px-3 py-2">
              <span className="truncate font-medium">{f.name}</span>
              <span className="shrink-0 text-fg-subtle">
                {formatBytes(f.size)}
                {f.content_type && ` · ${f.content_type}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
