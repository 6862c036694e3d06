import { PUBLIC_BOOTSTRAP_ID, type PublicBootstrap } from '../../../src/core/public-page';
import type { TenantBranding } from '../../../src/core/tenant-branding';

/** The page's bootstrap data (see PublicBootstrap), or null when the page has none (opened as a file). */
export function readBootstrap(doc: Document = document): PublicBootstrap | null {
  const text = doc.getElementById(PUBLIC_BOOTSTRAP_ID)?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as PublicBootstrap;
  } catch {
    return null;
  }
}

/** Relative luminance of a `#rrggbb` colour (WCAG 2 definition), 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/**
 * Applies the tenant's accent colour to the design tokens (`--gp-accent*`): the colour itself, a darker
 * hover, a soft tint, and white or near-black text on it, whichever contrasts more.
 */
export function applyBranding(branding: TenantBranding, root: HTMLElement = document.documentElement): void {
  const accent = branding.accent_color;
  if (!accent || !/^#[0-9a-f]{6}$/i.test(accent)) return;
  const light = luminance(accent) > 0.4;
  root.style.setProperty('--gp-accent', accent);
  root.style.setProperty('--gp-accent-hover', `color-mix(in srgb, ${accent} 85%, black)`);
  root.style.setProperty('--gp-accent-soft', `color-mix(in srgb, ${accent} 12%, white)`);
  root.style.setProperty('--gp-accent-text', light ? `color-mix(in srgb, ${accent} 55%, black)` : accent);
  root.style.setProperty('--gp-accent-fg', light ? '#111827' : '#ffffff');
}
