import { useEffect, useRef, useState } from 'react';
import { Button } from '../../ui/Button';

/** Props of {@link ConfirmRemove}. */
export interface ConfirmRemoveProps {
  /** What is removed, for the accessible names: "option Small", "the show condition". */
  what: string;
  /** Ask before removing (when there is something to lose); otherwise remove at once. */
  confirm?: boolean;
  onRemove: () => void;
  /** Button text (default "Remove"). */
  children?: string;
}

/**
 * A remove button that, when `confirm` is set, first turns into an inline "Remove …? Remove / Keep" question
 * (focus moves to "Keep", Escape keeps).
 */
export function ConfirmRemove({ what, confirm = true, onRemove, children = 'Remove' }: ConfirmRemoveProps) {
  const [asking, setAsking] = useState(false);
  const groupRef = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (asking) groupRef.current?.querySelector<HTMLButtonElement>('[data-keep]')?.focus();
  }, [asking]);
  if (!asking)
    return (
      <Button
        variant="ghost"
        size="sm"
        aria-label={`${children} ${what}`}
        onClick={() => (confirm ? setAsking(true) : onRemove())}
      >
        {children}
      </Button>
    );
  return (
    <span
      ref={groupRef}
      role="group"
      aria-label={`Confirm removing ${what}`}
      className="inline-flex items-center gap-1.5 text-sm text-fg"
      onKeyDown={(e) => {
        if (e.key === 'Escape') setAsking(false);
      }}
    >
      <span className="text-fg-muted">Remove {what}?</span>
      <Button variant="danger" size="sm" onClick={onRemove}>
        Remove
      </Button>
      <Button data-keep variant="secondary" size="sm" onClick={() => setAsking(false)}>
        Keep
      </Button>
    </span>
  );
}
