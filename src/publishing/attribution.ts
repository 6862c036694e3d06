import { ATTRIBUTION_VALUE_MAX, runAttributionSchema, type RunAttribution } from '../core/attribution.js';

/** The UTM parameters a public page reads from its URL (Google Analytics' names). */
export const UTM_PARAMETERS = [
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
] as const;

/**
 * The attribution of a page view from what the browser sent: the page's UTM query parameters, its Referer
 * header (when it is another site's page) and the landing page's path and query. Values longer than
 * ATTRIBUTION_VALUE_MAX characters or empty ones are dropped, never refused: a visitor following a mangled
 * link still gets the page (the execute API, which a program calls, refuses them instead).
 */
export function pageAttribution(input: {
  query: Record<string, unknown>;
  referrer?: string;
  landingPage: string;
}): RunAttribution {
  const raw: Record<string, unknown> = { referrer: input.referrer, landing_page: input.landingPage };
  for (const name of UTM_PARAMETERS) raw[name] = input.query[name];
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value !== 'string') continue;
    const trimmed = value.trim();
    if (trimmed && trimmed.length <= ATTRIBUTION_VALUE_MAX) kept[key] = trimmed;
  }
  return runAttributionSchema.parse(kept);
}
