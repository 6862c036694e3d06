import { useBlocker } from '@tanstack/react-router';
import { ConfirmDialog } from '../ui/ConfirmDialog';

export interface UnsavedChangesGuardProps {
  /** Whether edits are not on the server yet. */
  unsaved: () => boolean;
  /** Saves now; resolves true when everything is saved. */
  flush: () => Promise<boolean>;
}

/**
 * Guards unsaved edits. Leaving the builder inside the app first saves pending edits and goes on when that
 * worked; when saving fails it asks "Leave without saving?". Closing or reloading the tab with unsaved edits
 * triggers the browser's own warning (`beforeunload`).
 */
export function UnsavedChangesGuard({ unsaved, flush }: UnsavedChangesGuardProps) {
  const blocker = useBlocker({
    shouldBlockFn: async () => unsaved() && !(await flush()),
    enableBeforeUnload: unsaved,
    withResolver: true,
  });
  return (
    <ConfirmDialog
      open={blocker.status === 'blocked'}
      title="Leave without saving?"
      description="Your latest edits could not be saved. If you leave now, they are lost."
      confirmLabel="Leave without saving"
      cancelLabel="Stay"
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    />
  );
}
