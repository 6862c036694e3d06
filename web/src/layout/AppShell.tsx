import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useAuth } from '../auth/useAuth';
import { ThemeToggle } from '../theme/ThemeToggle';
import { cx, focusRing } from '../ui/cx';
import { MainNav } from './MainNav';
import { MobileMenu } from './MobileMenu';
import { navItems } from './nav-items';
import { TenantSwitcher } from './TenantSwitcher';
import { UserMenu } from './UserMenu';

/** The Guidepost logo mark and name. */
export function Logo() {
  return (
    <span className="flex items-center gap-2 font-semibold tracking-tight">
      <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7">
        <rect width="32" height="32" rx="8" className="fill-accent" />
        <path d="M10 22 16 8l6 14-6-3z" fill="white" />
      </svg>
      <span className="hidden sm:inline md:hidden lg:inline">Guidepost</span>
    </span>
  );
}

/**
 * The page frame: a skip link, the top bar and the main landmark. The top bar holds the logo, the main
 * navigation ({@link navItems}: a row of links from 768 px, a menu button below), the workspace switcher
 * (users of several tenants; from 1024 px, in the phone menu and on the settings page otherwise), the theme
 * toggle and the account actions.
 */
export function AppShell({ children }: { children: ReactNode }) {
  const { me } = useAuth();
  const items = navItems(me);
  return (
    <div className="min-h-dvh">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-accent px-3 py-2 text-accent-fg focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-40 border-b border-line bg-surface/85 backdrop-blur supports-[backdrop-filter]:bg-surface/70">
        <div className="relative mx-auto flex h-14 max-w-6xl items-center gap-2 px-4 sm:gap-4 sm:px-6">
          <Link to="/" className={cx('shrink-0 rounded-md', focusRing)} aria-label="Guidepost home">
            <Logo />
          </Link>
          <MainNav items={items} />
          <div className="ml-auto flex items-center gap-2">
            <TenantSwitcher compact className="hidden lg:block" />
            <ThemeToggle />
            <div className="hidden md:block">
              <UserMenu />
            </div>
            <MobileMenu items={items} />
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
