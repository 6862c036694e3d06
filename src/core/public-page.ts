import type { TenantBranding } from './tenant-branding.js';

/**
 * What the public player page, the server that renders it and the embed script share: the embed modes, the
 * page's bootstrap data and the messages the player posts to the embedding page. No imports at run time,
 * so the public player's first chunk stays small (see vite.config.ts).
 */

/** The widget's modes (`data-mode` of embed.js). */
export const EMBED_MODES = ['inline', 'popup', 'slider', 'fullpage'] as const;
export type EmbedMode = (typeof EMBED_MODES)[number];

/** The id of the `<script type="application/json">` that carries the PublicBootstrap. */
export const PUBLIC_BOOTSTRAP_ID = 'guidepost-public';

/**
 * What the public player reads from its page: the wizard and tenant slugs, the wizard's name and description,
 * the branding, how it is shown (`page` or an embed mode), the embedding page's origin (embed modes, only
 * when it is one of the wizard's allowed origins), whether completion messages carry values, the visitor id
 * and the attribution of the view (the player sends both when it starts the run).
 */
export interface PublicBootstrap {
  tenant: { slug: string; name: string };
  wizard: { slug: string; name: string; description: string; guide_name: string };
  branding: TenantBranding;
  mode: 'page' | EmbedMode;
  parent_origin: string | null;
  share_values: boolean;
  visitor_id: string;
  attribution: Record<string, string>;
}

/**
 * Messages the player posts to the embedding page (`window.parent.postMessage`, to its origin only):
 * `guidepost:started` {run_id}, `guidepost:step` {run_id, step_id}, `guidepost:completed` {run_id, values?}
 * (values only when the wizard's `share_values_with_embedder` is on) and `guidepost:resize` {height} (CSS px).
 */
export type EmbedMessage =
  | { type: 'guidepost:started'; wizard: string; run_id: string }
  | { type: 'guidepost:step'; wizard: string; run_id: string; step_id: string }
  | { type: 'guidepost:completed'; wizard: string; run_id: string; values?: Record<string, unknown> }
  | { type: 'guidepost:resize'; wizard: string; height: number };

/** A wizard's publishing settings, whatever version stored them (versions published before they existed lack them). */
export interface PublicSettings {
  public: boolean;
  allowed_origins: string[];
  share_values_with_embedder: boolean;
}

/** The publishing settings of a stored definition's `settings`, with the defaults for missing ones. */
export function publicSettingsOf(settings: Partial<PublicSettings> | undefined): PublicSettings {
  return {
    public: settings?.public ?? true,
    allowed_origins: settings?.allowed_origins ?? [],
    share_values_with_embedder: settings?.share_values_with_embedder ?? false,
  };
}
