import { useParams } from '@tanstack/react-router';
import { useAuth } from '../auth/useAuth';
import { Card } from '../ui/Card';
import { WizardPageFrame } from '../wizard-nav/WizardPageFrame';
import { canAuthor } from '../wizards/permissions';
import { EmailSection } from './EmailSection';
import { WebhooksSection } from './WebhooksSection';

/** A wizard's webhooks and email notifications (admins; members are told who manages them). */
export function IntegrationsPage({ wizardId }: { wizardId: string }) {
  const { me } = useAuth();
  if (!canAuthor(me))
    return (
      <Card className="text-sm text-fg-muted">
        Webhooks and email notifications are managed by the workspace's owners and admins.
      </Card>
    );
  return (
    <div className="space-y-10">
      <WebhooksSection wizardId={wizardId} />
      <EmailSection wizardId={wizardId} />
    </div>
  );
}

/** The `/wizards/$wizardId/integrations` route's page. */
export function IntegrationsRoutePage() {
  const { wizardId } = useParams({ from: '/wizards/$wizardId/integrations' });
  return (
    <WizardPageFrame wizardId={wizardId} what="this wizard's webhooks">
      <IntegrationsPage wizardId={wizardId} />
    </WizardPageFrame>
  );
}
