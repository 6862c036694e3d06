import { useCallback, useSyncExternalStore } from 'react';

/** The colour theme. Stored under `guidepost.theme` once the user picks one; until then the system's. */
export type Theme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'guidepost.theme';

function systemTheme(): Theme {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches
    ? 'dark'
    : 'light';
}

function savedTheme(): Theme | null {
  try {
    const saved = localStorage.getItem(THEME_STORAGE_KEY);
    return saved === 'dark' || saved === 'light' ? saved : null;
  } catch {
    return null;
  }
}

/** The theme in force: the saved choice, else the system preference. */
export function currentTheme(): Theme {
  return savedTheme() ?? systemTheme();
}

const listeners = new Set<() => void>();

/** Puts the `dark` class on <html> to match `theme`. */
export function applyTheme(theme: Theme): void {
  document.documentElement.classList.toggle('dark', theme === 'dark');
}

/** Saves and applies a theme, and tells every `useTheme` user. */
export function setTheme(theme: Theme): void {
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // private mode: the choice lasts for this page only
  }
  applyTheme(theme);
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  const onSystem = () => {
    if (!savedTheme()) applyTheme(systemTheme());
    listener();
  };
  media?.addEventListener('change', onSystem);
  return () => {
    listeners.delete(listener);
    media?.removeEventListener('change', onSystem);
  };
}

/** The current theme and a toggle that persists the choice. Follows the system until the user picks. */
export function useTheme(): { theme: Theme; toggle: () => void } {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => 'light' as Theme);
  const toggle = useCallback(() => setTheme(currentTheme() === 'dark' ? 'light' : 'dark'), []);
  return { theme, toggle };
}
