import { useState } from 'react';
import { isApiProblem } from '../api/problem';
import { Button } from '../ui/Button';
import { useToast } from '../ui/toast-context';

/**
 * "Unstar", confirmed inline ("Unstar? The note is deleted." → Unstar / Keep) because the note is lost.
 * A refusal shows the server's detail in a toast.
 */
export function UnstarButton({ onUnstar, what }: { onUnstar: () => Promise<unknown>; what: string }) {
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!confirming)
    return (
      <Button variant="ghost" size="sm" onClick={() => setConfirming(true)} aria-label={`Unstar ${what}`}>
        Unstar
      </Button>
    );
  return (
    <div role="group" aria-label="Confirm unstar" className="flex flex-wrap items-center gap-2">
      <span className="text-sm text-fg-muted">Unstar? The note is deleted.</span>
      <Button
        variant="danger"
        size="sm"
        disabled={busy}
        autoFocus
        onClick={async () => {
          setBusy(true);
          try {
            await onUnstar();
          } catch (e) {
            setBusy(false);
            setConfirming(false);
            toast.show({
              tone: 'danger',
              title: 'The run could not be unstarred',
              description: isApiProblem(e) ? e.detail : String(e),
            });
          }
        }}
      >
        Unstar
      </Button>
      <Button variant="ghost" size="sm" disabled={busy} onClick={() => setConfirming(false)}>
        Keep
      </Button>
    </div>
  );
}
