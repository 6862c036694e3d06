import type { Me } from '../auth/auth-api';

/** The app's top-level destinations. */
export type NavPath =
  | '/sidekicks'
  | '/wizards'
  | '/templates'
  | '/runs'
  | '/chat'
  | '/store'
  | '/settings'
  | '/admin'
  | '/sign-in'
  | '/sign-up';

/** One entry of the main navigation. */
export interface NavItem {
  to: NavPath;
  label: string;
}

const SIGNED_IN: NavItem[] = [
  { to: '/sidekicks', label: 'Sidekicks' },
  { to: '/wizards', label: 'Wizards' },
  { to: '/templates', label: 'Templates' },
  { to: '/runs', label: 'Runs' },
  { to: '/chat', label: 'Chat' },
  { to: '/store', label: 'My store' },
  { to: '/settings', label: 'Settings' },
];

/**
 * The main navigation for the caller: signed in, Sidekicks, Wizards, Templates, Runs, Chat, My store and Settings, plus Admin
 * for superadmins; signed out (`null`) or still loading (`undefined`), Templates only. The sign-in and
 * sign-up links live beside it ({@link ACCOUNT_ITEMS}).
 */
export function navItems(me: Me | null | undefined): NavItem[] {
  if (!me) return [{ to: '/templates', label: 'Templates' }];
  return me.user.superadmin ? [...SIGNED_IN, { to: '/admin', label: 'Admin' }] : SIGNED_IN;
}

/** The links a signed-out visitor gets next to the navigation. */
export const ACCOUNT_ITEMS: NavItem[] = [
  { to: '/sign-in', label: 'Sign in' },
  { to: '/sign-up', label: 'Sign up' },
];
