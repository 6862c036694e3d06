import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useAuth } from '../auth/useAuth';
import { ThemeToggle } from '../theme/ThemeToggle';
import { cx, focusRing } from '../ui/cx';
import { UserMenu } from './UserMenu';

/** The Guidepost logo mark and name. */
export function Logo() {
  return (
    <span className="flex items-center gap-2 font-semibold tracking-tight">
      <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7">
        <rect width="32" height="32" rx="8" className="fill-accent" />
        <path d="M10 22 16 8l6 14-6-3z" fill="white" />
      </svg>
      <span className="hidden sm:inline">Guidepost</span>
    </span>
  );
}

/**
 * The page frame: a skip link, the top bar (logo, navigation, theme toggle) and the main landmark. The
 * navigation shows Templates to everyone and Runs to signed-in users; the user menu signs in and out.
 */
export function AppShell({ children }: { children: ReactNode }) {
  const { me } = useAuth();
  const navLink = cx(
    'rounded-md px-3 py-1.5 text-sm font-medium text-fg-muted hover:bg-surface-hover hover:text-fg',
    focusRing,
  );
  return (
    <div className="min-h-dvh">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-accent px-3 py-2 text-accent-fg focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-40 border-b border-line bg-surface/85 backdrop-blur supports-[backdrop-filter]:bg-surface/70">
        <div className="mx-auto flex h-14 max-w-6xl items-center gap-2 px-4 sm:gap-4 sm:px-6">
          <Link to="/" className={cx('rounded-md', focusRing)} aria-label="Guidepost home">
            <Logo />
          </Link>
          <nav aria-label="Main" className="flex items-center gap-1">
            <Link
              to="/"
              className={navLink}
              activeProps={{ className: 'bg-surface-muted text-fg' }}
              activeOptions={{ exact: true }}
            >
              Templates
            </Link>
            {me && (
              <Link to="/runs" className={navLink} activeProps={{ className: 'bg-surface-muted text-fg' }}>
                Runs
              </Link>
            )}
          </nav>
          <div className="ml-auto flex items-center gap-2">
            <ThemeToggle />
            <UserMenu />
          </div>
        </div>
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto max-w-6xl px-4 py-6 focus:outline-none sm:px-6 sm:py-10"
      >
        {children}
      </main>
    </div>
  );
}
