import { BUILTIN_SLUGS, builtinWizard } from '../wizards/builtin';
import { TemplateCard } from './TemplateCard';

/** The start page for now: the built-in wizards, each with a local preview and a server-backed "Start". */
export function HomePage() {
  const wizards = BUILTIN_SLUGS.map((slug) => builtinWizard(slug)!);
  return (
    <div className="space-y-8">
      <header className="max-w-2xl space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Templates</h1>
        <p className="text-fg-muted">
          Wizards that ship with Guidepost. Start one to fill it in by typing, by chatting with its guide, or
          both — or open a preview that runs in your browser only.
        </p>
      </header>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {wizards.map((w) => (
          <li key={w.slug}>
            <TemplateCard wizard={w} />
          </li>
        ))}
      </ul>
    </div>
  );
}
