import { HEADER_NAME_PATTERN } from '../../../src/core/actions/http-headers';

/**
 * Headers as the forms show them: one "Header-Name: value" line each (a value may hold colons and liquid
 * templates; only the first colon splits).
 */

/**
 * Reads "Name: value" lines (blank lines skipped) into headers. Returns the line number and reason of the
 * first line that is not a header.
 */
export function parseHeaderLines(text: string): { headers: Record<string, string> } | { error: string } {
  const headers: Record<string, string> = {};
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    if (!HEADER_NAME_PATTERN.test(name)) return { error: `line ${i + 1} is not "Header-Name: value"` };
    headers[name] = line.slice(colon + 1).trim();
  }
  return { headers };
}

/** Headers as "Name: value" lines. */
export function headerLines(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
}
