import type { ReactNode } from 'react';
import { Button } from './Button';
import { Dialog } from './Dialog';

export interface ConfirmDialogProps {
  /** Shown while true. */
  open: boolean;
  /** The question, e.g. "Delete Lead capture?"; labels the dialog. */
  title: string;
  /** What will happen; describes the dialog. */
  description?: ReactNode;
  /** The confirming button's label, e.g. "Delete wizard". Default "Confirm". */
  confirmLabel?: string;
  /** Default "Cancel". */
  cancelLabel?: string;
  /** `danger` (default) for destructive actions, `primary` for others. */
  tone?: 'danger' | 'primary';
  /** While true the buttons are disabled and Escape does nothing (the action is under way). */
  busy?: boolean;
  onConfirm: () => void;
  /** Called by Cancel, Escape and a click on the backdrop. */
  onCancel: () => void;
}

/**
 * A modal confirmation (a {@link Dialog} with `role="alertdialog"`): focus moves to Cancel when it opens (the
 * safe choice), Escape and the backdrop cancel, and focus goes back where it was when it closes.
 */
export function ConfirmDialog({
  open,
  title,
  description,
  confirmLabel = 'Confirm',
  cancelLabel = 'Cancel',
  tone = 'danger',
  busy = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  return (
    <Dialog
      open={open}
      title={title}
      description={description}
      role="alertdialog"
      busy={busy}
      onClose={onCancel}
    >
      <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button data-autofocus variant="secondary" disabled={busy} onClick={onCancel}>
          {cancelLabel}
        </Button>
        <Button variant={tone === 'danger' ? 'danger' : 'primary'} disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
