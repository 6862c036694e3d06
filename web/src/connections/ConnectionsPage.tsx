import { Link } from '@tanstack/react-router';
import { SignInRequired } from '../auth/SignInRequired';
import { canManageTenant } from '../auth/roles';
import { useAuth } from '../auth/useAuth';
import { Card } from '../ui/Card';
import { ApiConfigsSection } from './ApiConfigsSection';
import { McpServersSection } from './McpServersSection';

/**
 * `/settings/connections`: what wizard actions connect to, for the workspace's owners and admins: API
 * configurations (`api_call`) and MCP servers (`mcp_call`). Members are told who manages them.
 */
export function ConnectionsPage() {
  const { me, loading } = useAuth();
  if (loading)
    return (
      <p role="status" className="text-fg-muted">
        Loading…
      </p>
    );
  if (!me) return <SignInRequired what="the workspace's connections" />;
  return (
    <div className="space-y-10">
      <header className="space-y-1">
        <Link to="/settings" className="text-sm text-fg-muted hover:text-fg">
          ← Settings
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Connections</h1>
        <p className="text-fg-muted">
          The APIs and MCP servers that actions in {me.active_tenant.name}'s wizards call.
        </p>
      </header>
      {canManageTenant(me) ? (
        <>
          <ApiConfigsSection />
          <McpServersSection />
        </>
      ) : (
        <Card className="text-sm text-fg-muted">
          Connections of {me.active_tenant.name} are managed by its owners and admins.
        </Card>
      )}
    </div>
  );
}
