/**
 * Number parsing and display shared by number, rating and slider.
 *
 * Accepted: finite numbers, and strings such as "42", "-3.5", ".5", "1e3", "30,000" or "1,234.5" (commas only
 * as thousands separators in groups of three, so the ambiguous "1,5" is refused). Surrounding whitespace is
 * ignored. Anything else, including NaN and ±Infinity, gives `undefined`.
 */

const NUMERIC = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?$/i;

/** A finite number from a number or numeric string, or `undefined`. */
export function parseNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  if (!/\d/.test(text) || !NUMERIC.test(text)) return undefined;
  const n = Number(text.replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

const display = new Intl.NumberFormat('en-US', { maximumFractionDigits: 10 });

/** "30,000", "1,234.5": grouped digits, locale-independent (en-US) so browser and server agree. */
export function formatNumber(n: number): string {
  return display.format(n);
}
