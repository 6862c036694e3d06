import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { isApiProblem } from '../api/problem';
import { SignInRequired } from '../auth/SignInRequired';
import { useAuth } from '../auth/useAuth';
import { fetchWizard } from '../builder/builder-api';
import { Card } from '../ui/Card';
import { WizardTabs } from './WizardTabs';

/**
 * The frame of a wizard's non-builder pages (analytics, integrations): sign-in gate, "← Wizards", the
 * wizard's name, the wizard tabs, then the page. A wizard that does not exist (or is another workspace's)
 * shows a "not found" card instead of the page.
 */
export function WizardPageFrame({
  wizardId,
  what,
  children,
}: {
  wizardId: string;
  /** What the page shows, for the sign-in prompt ("this wizard's analytics"). */
  what: string;
  children: ReactNode;
}) {
  const { me, loading } = useAuth();
  const wizard = useQuery({
    queryKey: ['wizards', wizardId, 'detail'],
    queryFn: () => fetchWizard(wizardId),
    enabled: !!me,
  });
  if (loading)
    return (
      <p role="status" className="text-fg-muted">
        Loading…
      </p>
    );
  if (!me) return <SignInRequired what={what} />;
  if (wizard.isError)
    return (
      <Card className="mx-auto max-w-lg text-center">
        <h1 className="text-xl font-semibold">Wizard not found</h1>
        <p className="mt-2 text-sm text-fg-muted">
          {isApiProblem(wizard.error) && wizard.error.status === 404
            ? 'This wizard does not exist, or it belongs to another workspace.'
            : `The wizard could not be loaded: ${wizard.error.message}`}
        </p>
        <Link to="/wizards" className="mt-4 inline-block font-medium text-accent-text hover:underline">
          Back to wizards
        </Link>
      </Card>
    );
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <Link to="/wizards" className="text-sm text-fg-muted hover:text-fg">
          ← Wizards
        </Link>
        <h1 className="truncate text-2xl font-semibold tracking-tight">
          {wizard.data?.name ?? <span className="text-fg-subtle">Loading…</span>}
        </h1>
        <WizardTabs wizardId={wizardId} />
      </header>
      {children}
    </div>
  );
}
