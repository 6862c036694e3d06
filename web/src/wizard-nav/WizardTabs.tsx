import { Link } from '@tanstack/react-router';
import { cx, focusRing } from '../ui/cx';

/** The pages of one wizard, in tab order. */
const TABS = [
  { to: '/wizards/$wizardId', label: 'Build' },
  { to: '/wizards/$wizardId/analytics', label: 'Analytics' },
  { to: '/wizards/$wizardId/integrations', label: 'Webhooks & email' },
] as const;

/**
 * The tabs of a wizard's pages (the builder, its analytics, its webhooks and email notifications) as links,
 * the current one marked with `aria-current="page"`. Scrolls sideways on narrow screens.
 */
export function WizardTabs({ wizardId }: { wizardId: string }) {
  return (
    <nav aria-label="Wizard pages" className="-mx-1 overflow-x-auto">
      <ul className="flex min-w-max gap-1 border-b border-line px-1">
        {TABS.map((tab) => (
          <li key={tab.to}>
            <Link
              to={tab.to}
              params={{ wizardId }}
              activeOptions={{ exact: true }}
              className={cx(
                '-mb-px inline-block rounded-t-md border-b-2 border-transparent px-3 py-2 text-sm font-medium text-fg-muted transition-colors hover:text-fg',
                focusRing,
              )}
              activeProps={{ className: '!border-accent !text-fg', 'aria-current': 'page' }}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
