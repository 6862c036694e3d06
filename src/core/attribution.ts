import { z } from 'zod';

/** Longest stored attribution value, in characters; longer ones are refused at the boundary. */
export const ATTRIBUTION_VALUE_MAX = 500;

const attributionValue = z.string().trim().min(1).max(ATTRIBUTION_VALUE_MAX);

/**
 * Where a visitor's run came from, recorded when a public or embedded run starts: the referring page,
 * the landing page and the five standard UTM parameters (Google Analytics' names). Every key is optional;
 * values are trimmed strings of at most ATTRIBUTION_VALUE_MAX characters.
 */
export const runAttributionSchema = z
  .object({
    referrer: attributionValue,
    landing_page: attributionValue,
    utm_source: attributionValue,
    utm_medium: attributionValue,
    utm_campaign: attributionValue,
    utm_term: attributionValue,
    utm_content: attributionValue,
  })
  .partial()
  .strict();

/** See runAttributionSchema. */
export type RunAttribution = z.infer<typeof runAttributionSchema>;

/** Where a wizard view was counted: its public page or an embedded widget. */
export const WIZARD_VIEW_SOURCES = ['page', 'embed'] as const;
export type WizardViewSource = (typeof WIZARD_VIEW_SOURCES)[number];
