import type { PublicWizard } from '../../../publishing/public-wizards.js';
import type { WizardViewSource } from '../../../core/attribution.js';
import { PUBLIC_BOOTSTRAP_ID, type PublicBootstrap } from '../../../core/public-page.js';
import { escapeHtml } from '../../plugins/web.js';

/** `<script type="application/json">` content: JSON with `<` escaped so no `</script>` can close it. */
function jsonScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The head tags of a public page: title, description, Open Graph and Twitter card. */
function headTags(opened: PublicWizard, pageUrl: string): string {
  const { definition } = opened.wizard;
  const title = `${definition.name} · ${opened.tenant.name}`;
  const description =
    definition.description.trim().slice(0, 300) || `${definition.name}, by ${opened.tenant.name}.`;
  const meta = (attribute: 'name' | 'property', key: string, content: string) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(content)}" />`;
  return [
    `<title>${escapeHtml(title)}</title>`,
    meta('name', 'description', description),
    meta('property', 'og:type', 'website'),
    meta('property', 'og:title', definition.name),
    meta('property', 'og:description', description),
    meta('property', 'og:site_name', opened.tenant.name),
    meta('property', 'og:url', pageUrl),
    ...(opened.tenant.branding.logo_url
      ? [meta('property', 'og:image', opened.tenant.branding.logo_url)]
      : []),
    meta('name', 'twitter:card', 'summary'),
    `<link rel="canonical" href="${escapeHtml(pageUrl)}" />`,
  ].join('\n    ');
}

/**
 * The public player page: the built `public.html` with its `<title>` replaced by the wizard's title and
 * Open Graph tags, and the bootstrap JSON before `</head>`. Values are escaped; nothing a visitor sends is
 * written into the HTML except through the bootstrap JSON (escaped).
 */
export function renderPublicPage(
  template: string,
  opened: PublicWizard,
  bootstrap: PublicBootstrap,
  pageUrl: string,
): string {
  const head = `${headTags(opened, pageUrl)}
    <script id="${PUBLIC_BOOTSTRAP_ID}" type="application/json">${jsonScript(bootstrap)}</script>`;
  return template.replace(/<title>[\s\S]*?<\/title>/i, '').replace(/<\/head>/i, `    ${head}\n  </head>`);
}

/** The view source of a page request: an embed mode counts as `embed`. */
export function viewSource(mode: PublicBootstrap['mode']): WizardViewSource {
  return mode === 'page' ? 'page' : 'embed';
}

/**
 * The friendly page for every public address that leads nowhere (unknown tenant or wizard, draft, archived,
 * private): the same words for all, so it never reveals whether a wizard exists.
 */
export const NOT_FOUND_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>This wizard is not available</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 5rem auto; padding: 0 1.25rem; line-height: 1.6; color: #1f2937">
<h1 style="font-size: 1.6rem">This wizard is not available</h1>
<p>There is no public wizard at this address. The link may be mistyped, or its owner may have unpublished it or made it private.</p>
<p>If someone sent you this link, ask them for a new one.</p>
</body>
</html>
`;
