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
 * (focus moves to "Keep"; Escape or "Keep" keeps it and returns focus to the remove button).
 */
export function ConfirmRemove({ what, confirm = true, onRemove, children = 'Remove' }: ConfirmRemoveProps) {
  const [asking, setAsking] = useState(false);
  const groupRef = useRef<HTMLSpanElement>(null);
  const removeRef = useRef<HTMLSpanElement>(null);
  const answered = useRef(false);
  useEffect(() => {
    if (asking) groupRef.current?.querySelector<HTMLButtonElement>('[data-keep]')?.focus();
    else if (answered.current) removeRef.current?.querySelector('button')?.focus();
  }, [asking]);
  const keep = () => {
    answered.current = true;
    setAsking(false);
  };
  if (!asking)
    return (
      <span ref={removeRef} className="contents">
        <Button
          variant="ghost"
          size="sm"
          aria-label={`${children} ${what}`}
          onClick={() => (confirm ? setAsking(true) : onRemove())}
        >
          {children}
        </Button>
      </span>
    );
  return (
    <span
      ref={groupRef}
      role="group"
      aria-label={`Confirm removing ${what}`}
      className="inline-flex items-center gap-1.5 text-sm text-fg"
      onKeyDown={(e) => {
        if (e.key === 'Escape') keep();
      }}
    >
      <span className="text-fg-muted">Remove {what}?</span>
      <Button variant="danger" size="sm" onClick={onRemove}>
        Remove
      </Button>
      <Button data-keep variant="secondary" size="sm" onClick={keep}>
        Keep
      </Button>
    </span>
  );
}
