import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState } from 'react';
import { useAuth } from '../auth/useAuth';
import { Button } from '../ui/Button';
import { cx, focusRing } from '../ui/cx';
import { ACCOUNT_ITEMS, type NavItem } from './nav-items';
import { TenantSwitcher } from './TenantSwitcher';

const LINK = cx(
  'block rounded-lg px-3 py-2.5 text-base font-medium text-fg-muted hover:bg-surface-hover hover:text-fg',
  focusRing,
);
const ACTIVE = 'bg-surface-muted text-fg';

/**
 * The navigation of narrow screens (below 768 px): a "Menu" button (a disclosure: `aria-expanded`,
 * `aria-controls`) opening a panel under the top bar with the navigation, the workspace switcher and the
 * account actions. Opening moves focus to the first link; Escape, a click outside or following a link closes
 * it, and Escape gives focus back to the button. The panel is only rendered while open.
 */
export function MobileMenu({ items }: { items: NavItem[] }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const auth = useAuth();
  const navigate = useNavigate();

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>('a[href], button, select')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const close = () => setOpen(false);
  return (
    <div className="md:hidden">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className={cx(
          'inline-flex size-9 items-center justify-center rounded-lg text-fg-muted hover:bg-surface-hover hover:text-fg',
          focusRing,
        )}
      >
        <span className="sr-only">Menu</span>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor">
          {open ? (
            <path strokeWidth="1.8" strokeLinecap="round" d="M6 6l12 12M18 6 6 18" />
          ) : (
            <path strokeWidth="1.8" strokeLinecap="round" d="M4 7h16M4 12h16M4 17h16" />
          )}
        </svg>
      </button>
      {open && (
        <div
          ref={panel}
          id={panelId}
          className="absolute inset-x-0 top-full max-h-[calc(100dvh-3.5rem)] overflow-y-auto border-b border-line bg-surface px-4 pt-3 pb-5 shadow-lg"
        >
          <nav aria-label="Main">
            <ul className="space-y-1">
              {items.map((item) => (
                <li key={item.to}>
                  <Link to={item.to} className={LINK} activeProps={{ className: ACTIVE }} onClick={close}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="mt-3 space-y-3 border-t border-line pt-4">
            {auth.me ? (
              <>
                <TenantSwitcher />
                <div className="flex items-center justify-between gap-3">
                  <div className="min-w-0 text-sm">
                    <p className="truncate font-medium text-fg">{auth.me.user.name}</p>
                    <p className="truncate text-fg-muted">{auth.me.user.email}</p>
                  </div>
                  <Button
                    variant="secondary"
                    size="sm"
                    onClick={async () => {
                      close();
                      await auth.signOut();
                      await navigate({ to: '/' });
                    }}
                  >
                    Sign out
                  </Button>
                </div>
              </>
            ) : (
              <ul className="space-y-1">
                {ACCOUNT_ITEMS.map((item) => (
                  <li key={item.to}>
                    <Link to={item.to} className={LINK} activeProps={{ className: ACTIVE }} onClick={close}>
                      {item.label}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
