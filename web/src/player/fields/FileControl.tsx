import { useState } from 'react';
import { acceptList, formatBytes, type FileRef } from '../../../../src/core/wizard/field-types/file-upload';
import { normaliseFieldValue } from '../../../../src/core/wizard/field-types/index';
import { cx } from '../../ui/cx';
import type { ControlProps } from '../field-props';

/** What the control is doing: idle, sending file `index` of `count`, or showing why the last try failed. */
type UploadState =
  | { kind: 'idle' }
  | { kind: 'uploading'; name: string; index: number; count: number; fraction: number }
  | { kind: 'failed'; message: string };

/**
 * File upload; `settings.accept`, `settings.multiple` and `settings.max_size_bytes` apply, and choosing files
 * replaces the ones chosen before. With `upload` (server-backed runs) the chosen files are first checked
 * against the field's rules, then uploaded one after the other with an "Uploading…" line and a progress bar,
 * and the stored refs (with their download urls) become the value; a refused or failed upload shows why and
 * keeps the previous value. Without it (local previews) only each file's name, size and type are recorded,
 * and the control says so.
 */
export function FileControl({
  field,
  view,
  id,
  describedBy,
  invalid,
  disabled,
  ctx,
  onRaw,
  onBlur,
  upload,
}: ControlProps) {
  const [state, setState] = useState<UploadState>({ kind: 'idle' });
  const files = Array.isArray(view.value) ? (view.value as FileRef[]) : [];
  const accept = acceptList(field).join(',');
  const busy = state.kind === 'uploading';

  async function onChosen(list: File[]) {
    const metadata = list.map((f) => ({ name: f.name, size: f.size, content_type: f.type }));
    if (!upload || list.length === 0) {
      setState({ kind: 'idle' });
      onRaw(list.length === 0 ? null : metadata);
      return;
    }
    const checked = normaliseFieldValue(field, metadata, ctx);
    if (!checked.ok) return setState({ kind: 'failed', message: `${field.label} ${checked.message}` });
    const refs: FileRef[] = [];
    for (const [index, file] of list.entries()) {
      const progress = (fraction: number) =>
        setState({ kind: 'uploading', name: file.name, index, count: list.length, fraction });
      progress(0);
      try {
        refs.push(await upload(file, progress));
      } catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        return setState({ kind: 'failed', message: `"${file.name}" was not uploaded: ${reason}` });
      }
    }
    setState({ kind: 'idle' });
    onRaw(refs);
  }

  return (
    <div className="space-y-2">
      <label
        className={cx(
          'flex cursor-pointer flex-col items-center gap-1 rounded-xl border border-dashed border-line-strong bg-surface-muted px-4 py-6 text-center',
          'hover:border-accent has-focus-visible:ring-2 has-focus-visible:ring-accent',
          (invalid || state.kind === 'failed') && 'border-danger',
          (disabled || busy) && 'cursor-not-allowed opacity-60',
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
          disabled={disabled || busy}
          aria-invalid={invalid || state.kind === 'failed' || undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            const list = Array.from(e.target.files ?? []);
            // Cleared so that choosing the same file again (after a failure) fires another change.
            e.target.value = '';
            void onChosen(list);
          }}
          onBlur={onBlur}
          className="sr-only"
        />
      </label>
      {!upload && (
        <p className="text-xs text-fg-subtle">
          Preview: files are not uploaded, only their name, size and type are recorded.
        </p>
      )}
      <div aria-live="polite">
        {state.kind === 'uploading' && (
          <div className="space-y-1 text-sm">
            <p className="text-fg-muted">
              Uploading “{state.name}”{state.count > 1 && ` (${state.index + 1} of ${state.count})`}…{' '}
              {Math.round(state.fraction * 100)}%
            </p>
            <progress
              className="h-1.5 w-full accent-accent"
              max={1}
              value={state.fraction}
              aria-label={`Uploading ${state.name}`}
            />
          </div>
        )}
        {state.kind === 'failed' && <p className="text-sm font-medium text-danger">{state.message}</p>}
      </div>
      {files.length > 0 && (
        <ul className="divide-y divide-line rounded-lg border border-line text-sm">
          {files.map((f) => (
            <li key={f.id ?? `${f.name}-${f.size}`} className="flex justify-between gap-3 px-3 py-2">
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
