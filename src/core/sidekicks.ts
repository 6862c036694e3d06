/** The vocabulary of sidekicks shared by the database schema, the services, the API and the web app. */

export const SIDEKICK_STATUSES = ['active', 'draft', 'archived'] as const;
/** `active`: usable as a guide and in chat; `draft`: being set up; `archived`: hidden from pickers. */
export type SidekickStatus = (typeof SIDEKICK_STATUSES)[number];

export const SIDEKICK_CONFIG_MODES = ['default', 'advanced'] as const;
/** `default` uses the platform's defaults; `advanced` uses the sidekick's own model and settings columns. */
export type SidekickConfigMode = (typeof SIDEKICK_CONFIG_MODES)[number];

export const CITATION_STYLES = ['inline', 'footnotes', 'none'] as const;
/** How answers cite knowledge: `[handbook.pdf, p. 4]` inline, numbered footnotes, or no citations. */
export type CitationStyle = (typeof CITATION_STYLES)[number];

export const PROVIDER_KINDS = [
  'openai',
  'anthropic',
  'openai_compatible',
  'elevenlabs',
  'deepgram',
  'livekit',
] as const;
/** A provider a tenant can bring its own key for. */
export type ProviderKind = (typeof PROVIDER_KINDS)[number];
