import type { RunAttribution, WizardViewSource } from '../core/attribution.js';
import { DomainError } from '../core/errors.js';
import { publicSettingsOf } from '../core/public-page.js';
import type { Db } from '../db/client.js';
import {
  getPublishedWizard,
  getTenantBySlug,
  recordWizardView,
  type PublishedWizard,
  type TenantProfile,
} from '../db/public-wizards.js';
import type { RunChannel } from '../db/schema.js';
import type { RunService, RunView } from '../runs/run-service.js';
import type { GuideTurn } from '../guide/types.js';
import { utcDay } from './visitors.js';

/** A wizard a visitor may open: its tenant's public profile and its latest published version. */
export interface PublicWizard {
  tenant: TenantProfile;
  wizard: PublishedWizard;
}

/** What starts a visitor's run (see PublicWizards.start). */
export interface PublicStart {
  tenantSlug: string;
  wizardSlug: string;
  channel: Extract<RunChannel, 'form' | 'chat'>;
  visitorId?: string;
  attribution: RunAttribution;
  /** The request's `Origin` header, when a browser sent one. */
  origin?: string;
  /** Origins that are Guidepost itself (the configured public URL, the request's own host). */
  selfOrigins: readonly string[];
}

/** A started visitor run: its view, its token (the capability to fill it) and the resume path. */
export interface PublicStarted {
  view: RunView;
  runToken: string;
  greeting: GuideTurn | null;
  /** `/w/<tenant>/<wizard>#resume=<run id>.<token>`: reopens this run anywhere (the token stays in the fragment). */
  resumePath: string;
}

/**
 * The one answer for every wizard a visitor cannot open (no such tenant or wizard, a draft, an archived or a
 * private one): the same words, so an answer never reveals that a private or unpublished wizard exists.
 */
export function publicNotFound(): DomainError {
  return new DomainError('not_found', 'there is no public wizard at this address');
}

/** The path of a public wizard page. */
export function publicPath(tenantSlug: string, wizardSlug: string): string {
  return `/w/${encodeURIComponent(tenantSlug)}/${encodeURIComponent(wizardSlug)}`;
}

/**
 * Public wizards: the page `/w/<tenant slug>/<wizard slug>` and the execute API open a tenant's published,
 * public wizard (setting `public`, on by default) for anyone; views are counted once per visitor per wizard
 * per UTC day (`wizard_views`); visitors' runs record their attribution and visitor id. Embedding is limited
 * to the wizard's `allowed_origins` (frame-ancestors, and the execute API's Origin check).
 */
export class PublicWizards {
  constructor(
    private readonly db: Db,
    private readonly runs: RunService,
  ) {}

  /** The public wizard at these slugs. Throws publicNotFound() for anything a visitor cannot open. */
  async open(tenantSlug: string, wizardSlug: string): Promise<PublicWizard> {
    const tenant = await getTenantBySlug(this.db, tenantSlug);
    const wizard = tenant ? await getPublishedWizard(this.db, tenant.id, wizardSlug) : null;
    if (!tenant || !wizard || !publicSettingsOf(wizard.definition.settings).public) throw publicNotFound();
    return { tenant, wizard };
  }

  /** Counts a view of the page or widget unless this visitor already viewed the wizard today (UTC). */
  recordView(
    opened: PublicWizard,
    view: { visitorId: string; source: WizardViewSource; attribution: RunAttribution },
    now: Date = new Date(),
  ): Promise<boolean> {
    return recordWizardView(this.db, {
      tenantId: opened.tenant.id,
      wizardId: opened.wizard.wizardId,
      visitorId: view.visitorId,
      source: view.source,
      day: utcDay(now),
      attribution: view.attribution,
    });
  }

  /**
   * The CSP `frame-ancestors` sources of a wizard's player page: its allowed origins, or `'none'` when it
   * lists none.
   */
  frameAncestors(opened: PublicWizard): string {
    const origins = publicSettingsOf(opened.wizard.definition.settings).allowed_origins;
    return origins.length > 0 ? origins.join(' ') : "'none'";
  }

  /**
   * Starts an anonymous run of the public wizard (the guide greets chat runs) with the visitor's id and
   * attribution. A browser request from another site (its `Origin` is neither Guidepost nor one of the
   * wizard's allowed origins) is refused with `forbidden`; requests without `Origin` (programs) are served.
   * Throws publicNotFound() for anything a visitor cannot open.
   */
  async start(request: PublicStart): Promise<PublicStarted> {
    const opened = await this.open(request.tenantSlug, request.wizardSlug);
    const origin = request.origin?.toLowerCase();
    if (
      origin !== undefined &&
      !request.selfOrigins.includes(origin) &&
      !publicSettingsOf(opened.wizard.definition.settings).allowed_origins.includes(origin)
    )
      throw new DomainError(
        'forbidden',
        `this wizard cannot be started from ${origin.slice(0, 200)}: add the origin to the wizard's allowed origins`,
        { invalidParams: [{ name: 'header.origin', reason: 'not one of the allowed origins' }] },
      );
    const started = await this.runs.start(
      {
        wizardId: opened.wizard.wizardId,
        channel: request.channel,
        visitorId: request.visitorId,
        attribution: request.attribution,
      },
      null,
    );
    const runId = started.view.run.id;
    return {
      ...started,
      resumePath: `${publicPath(opened.tenant.slug, opened.wizard.slug)}#resume=${runId}.${started.runToken}`,
    };
  }
}
