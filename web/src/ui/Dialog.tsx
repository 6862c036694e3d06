import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { cx } from './cx';

export interface DialogProps {
  /** Shown while true. */
  open: boolean;
  /** Labels the dialog. */
  title: string;
  /** Describes the dialog (under the title). */
  description?: ReactNode;
  /** `alertdialog` for confirmations, `dialog` (default) otherwise. */
  role?: 'dialog' | 'alertdialog';
  /** While true Escape and the backdrop do nothing (an action is under way). */
  busy?: boolean;
  /** Called by Escape and a click on the backdrop. */
  onClose: () => void;
  /** Panel width class; default `max-w-md`. */
  width?: string;
  children?: ReactNode;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog (`aria-modal`, labelled by its title and described by its description) in a portal over a
 * backdrop. It focuses the element marked `data-autofocus` (else the first focusable one) when it opens,
 * keeps Tab and Shift+Tab inside, closes on Escape, locks the page's scrolling, and gives focus back to the
 * element that had it when it closes.
 */
export function Dialog({
  open,
  title,
  description,
  role = 'dialog',
  busy = false,
  onClose,
  width = 'max-w-md',
  children,
}: DialogProps) {
  const id = useId();
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    const target =
      panel.current?.querySelector<HTMLElement>('[data-autofocus]') ??
      panel.current?.querySelector<HTMLElement>(FOCUSABLE);
    target?.focus();
    return () => {
      document.body.style.overflow = overflow;
      if (previous?.isConnected) previous.focus();
    };
  }, [open]);

  if (!open) return null;

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      if (!busy) onClose();
      return;
    }
    if (event.key !== 'Tab' || !panel.current) return;
    const items = [...panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (items.length === 0) {
      event.preventDefault();
      return;
    }
    const first = items[0]!;
    const last = items[items.length - 1]!;
    const active = document.activeElement;
    if (event.shiftKey && (active === first || !panel.current.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !panel.current.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  }

  return createPortal(
    <div
      className="fixed inset-0 z-50 flex items-end justify-center p-4 sm:items-center"
      onKeyDown={onKeyDown}
    >
      <div
        aria-hidden="true"
        className="absolute inset-0 bg-black/40 backdrop-blur-[1px] dark:bg-black/60"
        onClick={() => !busy && onClose()}
      />
      <div
        ref={panel}
        role={role}
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={description ? `${id}-description` : undefined}
        className={cx(
          'relative max-h-[calc(100vh-2rem)] w-full overflow-y-auto rounded-2xl border border-line bg-surface p-6 shadow-xl',
          width,
        )}
      >
        <h2 id={`${id}-title`} className="text-lg font-semibold text-fg">
          {title}
        </h2>
        {description && (
          <div id={`${id}-description`} className="mt-2 text-sm text-fg-muted">
            {description}
          </div>
        )}
        {children}
      </div>
    </div>,
    document.body,
  );
}
