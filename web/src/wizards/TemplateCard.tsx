import { Link } from '@tanstack/react-router';
import { StartRunButton } from '../runs/StartRunButton';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { cx, focusRing } from '../ui/cx';

/** A wizard of the gallery, from the templates API (`templateId`) or, for visitors, the bundled built-ins. */
export interface GalleryTemplate {
  /** The template's wizard id; absent for bundled built-ins shown to signed-out visitors. */
  templateId?: string;
  slug: string;
  name: string;
  description: string;
  stepCount: number;
  guideName: string;
  builtin: boolean;
}

/** How "Use this template" behaves: clone it (authors), go to sign-in (visitors), or not offered (members). */
export type UseTemplate =
  { kind: 'clone'; busy: boolean; onClone: () => void } | { kind: 'sign-in' } | { kind: 'none' };

const secondaryLink = cx(
  'inline-flex h-8 items-center rounded-lg px-3 text-sm font-medium text-fg-muted hover:bg-surface-hover hover:text-fg',
  focusRing,
);

/**
 * One card of the templates gallery: name, kind, description, step count and guide, with "Use this template",
 * "Start" (built-ins: a real run on the server) and "Preview" (runs in the browser, nothing saved): built-ins
 * at `/preview/$slug`, other templates at `/templates/$templateId/preview`.
 */
export function TemplateCard({
  template,
  use,
  canStart,
}: {
  template: GalleryTemplate;
  use: UseTemplate;
  /** Whether "Start" is offered for a built-in (the server starts built-ins by slug in the caller's tenant). */
  canStart: boolean;
}) {
  return (
    <article
      aria-label={template.name}
      className="flex h-full flex-col gap-4 rounded-2xl border border-line bg-surface p-5 shadow-xs transition hover:border-line-strong hover:shadow-md"
    >
      <div className="flex items-start justify-between gap-3">
        <h2 className="font-semibold text-fg">{template.name}</h2>
        <Badge tone={template.builtin ? 'accent' : 'neutral'}>
          {template.builtin ? 'Built-in' : 'Template'}
        </Badge>
      </div>
      <p className="flex-1 text-sm text-fg-muted">{template.description || 'No description.'}</p>
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-fg-subtle">
        <span>
          {template.stepCount} {template.stepCount === 1 ? 'step' : 'steps'}
        </span>
        <span aria-hidden="true">·</span>
        <span>Guide: {template.guideName || '—'}</span>
      </p>
      <div className="flex flex-wrap items-center gap-2 border-t border-line pt-4">
        {use.kind === 'clone' && (
          <Button size="sm" variant="secondary" disabled={use.busy} onClick={use.onClone}>
            {use.busy ? 'Copying…' : 'Use this template'}
          </Button>
        )}
        {use.kind === 'sign-in' && (
          <Link
            to="/sign-in"
            className={cx(
              'inline-flex h-8 items-center rounded-lg border border-line-strong bg-surface px-3 text-sm font-medium text-fg shadow-xs hover:bg-surface-hover',
              focusRing,
            )}
          >
            Use this template
          </Link>
        )}
        {template.builtin && canStart && <StartRunButton slug={template.slug} name={template.name} />}
        {template.builtin || !template.templateId ? (
          <Link
            to="/preview/$slug"
            params={{ slug: template.slug }}
            aria-label={`Preview ${template.name}`}
            className={secondaryLink}
          >
            Preview
          </Link>
        ) : (
          <Link
            to="/templates/$templateId/preview"
            params={{ templateId: template.templateId }}
            aria-label={`Preview ${template.name}`}
            className={secondaryLink}
          >
            Preview
          </Link>
        )}
      </div>
    </article>
  );
}
