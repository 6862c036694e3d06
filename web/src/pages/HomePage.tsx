import { Link } from '@tanstack/react-router';
import { Badge } from '../ui/Badge';
import { cx, focusRing } from '../ui/cx';
import { BUILTIN_SLUGS, builtinWizard } from '../wizards/builtin';

/** The start page for now: the built-in wizards, each with a preview that runs in the browser. */
export function HomePage() {
  const wizards = BUILTIN_SLUGS.map((slug) => builtinWizard(slug)!);
  return (
    <div className="space-y-8">
      <header className="max-w-2xl space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Templates</h1>
        <p className="text-fg-muted">
          Wizards that ship with Guidepost. Open a preview to try one: fill in the form, chat with its guide,
          or both.
        </p>
      </header>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {wizards.map((w) => {
          const fields = w.steps.reduce((n, s) => n + s.fields.length, 0);
          return (
            <li key={w.slug}>
              <Link
                to="/preview/$slug"
                params={{ slug: w.slug }}
                className={cx(
                  'group flex h-full flex-col gap-4 rounded-2xl border border-line bg-surface p-5 shadow-xs transition hover:-translate-y-0.5 hover:border-line-strong hover:shadow-md',
                  focusRing,
                )}
              >
                <div className="flex items-start justify-between gap-3">
                  <h2 className="font-semibold text-fg group-hover:text-accent-text">{w.name}</h2>
                  <Badge tone={w.status === 'published' ? 'success' : 'neutral'} className="capitalize">
                    {w.status}
                  </Badge>
                </div>
                <p className="flex-1 text-sm text-fg-muted">{w.description}</p>
                <p className="flex items-center gap-3 text-xs text-fg-subtle">
                  <span>{w.steps.length} steps</span>
                  <span aria-hidden="true">·</span>
                  <span>{fields} fields</span>
                  <span aria-hidden="true">·</span>
                  <span>Guide: {w.guide.name}</span>
                </p>
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
