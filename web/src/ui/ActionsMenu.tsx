import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { cx, focusRing } from './cx';

/** One entry of an {@link ActionsMenu}. */
export interface MenuAction {
  label: string;
  onSelect: () => void;
  /** Shown in the danger colour (destructive actions). */
  danger?: boolean;
}

/** Three dots: the icon of an {@link ActionsMenu} unless it is given another. */
const DOTS = (
  <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5">
    <path
      fill="currentColor"
      d="M4 10a1.5 1.5 0 1 1 3 0 1.5 1.5 0 0 1-3 0Zm4.5 0a1.5 1.5 0 1 1 3 0 1.5 1.5 0 0 1-3 0Zm4.5 0a1.5 1.5 0 1 1 3 0 1.5 1.5 0 0 1-3 0Z"
    />
  </svg>
);

/**
 * An icon menu button, "⋯" unless `icon` says otherwise (WAI-ARIA menu button pattern): Enter, Space or
 * ArrowDown open it on the first item; ArrowUp/ArrowDown, Home and End move; Escape closes it and gives focus
 * back to the button; Tab or a click outside closes it. `label` names the button and is its tooltip, e.g.
 * "More actions for Lead capture"; the menu opens above the button, or below it with `placement="below"`.
 */
export function ActionsMenu({
  label,
  actions,
  icon = DOTS,
  placement = 'above',
}: {
  label: string;
  actions: MenuAction[];
  icon?: ReactNode;
  placement?: 'above' | 'below';
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<Array<HTMLButtonElement | null>>([]);

  useEffect(() => {
    if (!open) return;
    items.current[0]?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  function close(refocus: boolean) {
    setOpen(false);
    if (refocus) button.current?.focus();
  }

  function onMenuKeyDown(event: KeyboardEvent) {
    const index = items.current.findIndex((el) => el === document.activeElement);
    const last = actions.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: index >= last ? 0 : index + 1,
      ArrowUp: index <= 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    if (event.key in moves) {
      event.preventDefault();
      items.current[moves[event.key]!]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  }

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
        className={cx(
          'inline-flex size-8 items-center justify-center rounded-lg text-fg-muted hover:bg-surface-hover hover:text-fg',
          focusRing,
        )}
      >
        {icon}
      </button>
      {open && (
        <div
          id={`${id}-menu`}
          role="menu"
          aria-label={label}
          onKeyDown={onMenuKeyDown}
          className={cx(
            'absolute right-0 z-30 min-w-40 rounded-xl border border-line bg-surface p-1 shadow-lg',
            placement === 'above' ? 'bottom-full mb-1' : 'top-full mt-1',
          )}
        >
          {actions.map((action, i) => (
            <button
              key={action.label}
              ref={(el) => {
                items.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                close(true);
                action.onSelect();
              }}
              className={cx(
                'flex w-full items-center rounded-lg px-3 py-2 text-left text-sm hover:bg-surface-hover focus:bg-surface-hover focus:outline-none',
                action.danger ? 'text-danger' : 'text-fg',
              )}
            >
              {action.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
