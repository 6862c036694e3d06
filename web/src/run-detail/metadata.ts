/** Metadata keys the web app records for itself and does not show. */
const HIDDEN = new Set(['wizard_slug']);

const LABELS: Record<string, string> = {
  utm_source: 'UTM source',
  utm_medium: 'UTM medium',
  utm_campaign: 'UTM campaign',
  utm_term: 'UTM term',
  utm_content: 'UTM content',
  referrer: 'Referrer',
  referer: 'Referrer',
  page_url: 'Page',
  user_agent: 'User agent',
  locale: 'Locale',
};

/** A metadata key as a label: a known name ("UTM source"), else the key with spaces ("ad group"). */
export function metadataLabel(key: string): string {
  return LABELS[key] ?? key.replace(/[_-]+/g, ' ');
}

/**
 * A run's metadata as [label, text] pairs for display, in key order: known keys get their label, strings stay
 * as they are, other values become JSON; internal keys (the web app's `wizard_slug`) and empty values are left out.
 */
export function metadataEntries(metadata: Record<string, unknown>): Array<[string, string]> {
  return Object.entries(metadata)
    .filter(([key, value]) => !HIDDEN.has(key) && value !== null && value !== undefined && value !== '')
    .map(([key, value]) => [metadataLabel(key), typeof value === 'string' ? value : JSON.stringify(value)]);
}
