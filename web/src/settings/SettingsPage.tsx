import { Link } from '@tanstack/react-router';
import { SignInRequired } from '../auth/SignInRequired';
import { canManageTenant } from '../auth/roles';
import { useAuth } from '../auth/useAuth';
import { Card } from '../ui/Card';
import { ProviderKeysSection } from '../sidekicks/ProviderKeysSection';
import { ApiKeysSection } from './ApiKeysSection';
import { MembersSection } from './MembersSection';
import { ProfileSection, WorkspaceSection } from './ProfileSection';
import { PublicPagesSection } from './PublicPagesSection';

/**
 * `/settings`: the profile, the active workspace (with the switcher), its public pages (URL slug and
 * branding; read-only for members), and for owners and admins the workspace's members, API keys and a link
 * to its connections (API configurations, MCP servers); members are told who manages those.
 */
export function SettingsPage() {
  const { me, loading } = useAuth();
  if (loading)
    return (
      <p role="status" className="text-fg-muted">
        Loading…
      </p>
    );
  if (!me) return <SignInRequired what="your settings" />;
  return (
    <div className="space-y-10">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Settings</h1>
        <p className="text-fg-muted">Your profile and the {me.active_tenant.name} workspace.</p>
      </header>
      <ProfileSection me={me} />
      <WorkspaceSection me={me} />
      <PublicPagesSection me={me} />
      {canManageTenant(me) ? (
        <>
          <MembersSection me={me} />
          <ApiKeysSection me={me} />
          <Card className="flex flex-wrap items-center justify-between gap-3 text-sm">
            <span className="text-fg-muted">
              API configurations and MCP servers that your wizards' actions call.
            </span>
            <Link to="/settings/connections" className="font-medium text-accent-text hover:underline">
              Manage connections →
            </Link>
          </Card>
          <ProviderKeysSection />
        </>
      ) : (
        <Card className="text-sm text-fg-muted">
          Members and API keys of {me.active_tenant.name} are managed by its owners and admins.
        </Card>
      )}
    </div>
  );
}
