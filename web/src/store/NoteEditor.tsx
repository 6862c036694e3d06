import { useId, useState } from 'react';
import { isApiProblem } from '../api/problem';
import { Button } from '../ui/Button';
import { controlClass } from '../ui/Input';
import { cx } from '../ui/cx';

/** Props of {@link NoteEditor}. */
export interface NoteEditorProps {
  /** The note being edited ('' for none). */
  initial: string;
  /** Saves the note; throws ApiProblem on refusal (shown under the field). */
  onSave: (note: string) => Promise<unknown>;
  onCancel: () => void;
  /** The save button's label ("Save note", "Star run"). */
  saveLabel: string;
  /** What the note belongs to, for the field's accessible label. */
  label?: string;
}

/**
 * A note textarea (up to 2000 characters) with Save and Cancel. Ctrl/⌘+Enter saves and Escape cancels; the
 * server's refusal shows under the field.
 */
export function NoteEditor({ initial, onSave, onCancel, saveLabel, label = 'Note' }: NoteEditorProps) {
  const id = useId();
  const [note, setNote] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const save = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onSave(note.trim());
    } catch (e) {
      setError(isApiProblem(e) ? (e.reasonFor('note') ?? e.detail) : String(e));
      setBusy(false);
    }
  };
  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        value={note}
        maxLength={2000}
        rows={3}
        autoFocus
        placeholder="Why this run matters, what to do next…"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setNote(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
            event.preventDefault();
            void save();
          }
        }}
        className={cx(controlClass, 'resize-y py-2')}
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-danger">
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" disabled={busy}>
          {busy ? 'Saving…' : saveLabel}
        </Button>
        <Button variant="ghost" size="sm" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
