import { Link } from '@tanstack/react-router';
import type { WizardDefinition } from '../../../src/core/wizard/definition';
import { StartRunButton } from '../runs/StartRunButton';
import { Badge } from '../ui/Badge';
import { cx, focusRing } from '../ui/cx';

/**
 * One wizard in the templates gallery: name, status, description, size and guide, with "Preview" (runs in
 * the browser, nothing saved) and "Start" (a real run on the server, with its guide).
 */
export function TemplateCard({ wizard }: { wizard: WizardDefinition }) {
  const fields = wizard.steps.reduce((n, s) => n + s.fields.length, 0);
  return (
    <article className="flex h-full flex-col gap-4 rounded-2xl border border-line bg-surface p-5 shadow-xs transition hover:border-line-strong hover:shadow-md">
      <div className="flex items-start justify-between gap-3">
        <h2 className="font-semibold text-fg">{wizard.name}</h2>
        <Badge tone={wizard.status === 'published' ? 'success' : 'neutral'} className="capitalize">
          {wizard.status}
        </Badge>
      </div>
      <p className="flex-1 text-sm text-fg-muted">{wizard.description}</p>
      <p className="flex items-center gap-3 text-xs text-fg-subtle">
        <span>{wizard.steps.length} steps</span>
        <span aria-hidden="true">·</span>
        <span>{fields} fields</span>
        <span aria-hidden="true">·</span>
        <span>Guide: {wizard.guide.name}</span>
      </p>
      <div className="flex items-center gap-2 border-t border-line pt-4">
        <StartRunButton slug={wizard.slug} name={wizard.name} />
        <Link
          to="/preview/$slug"
          params={{ slug: wizard.slug }}
          aria-label={`Preview ${wizard.name}`}
          className={cx(
            'inline-flex h-8 items-center rounded-lg px-3 text-sm font-medium text-fg-muted hover:bg-surface-hover hover:text-fg',
            focusRing,
          )}
        >
          Preview
        </Link>
      </div>
    </article>
  );
}
