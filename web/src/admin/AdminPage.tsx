import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { SignInRequired } from '../auth/SignInRequired';
import { useAuth } from '../auth/useAuth';
import { Card } from '../ui/Card';
import { ALL_TENANTS_KEY, ALL_USERS_KEY, listAllTenants, listAllUsers } from './admin-api';
import { TenantsSection } from './TenantsSection';
import { UsersSection } from './UsersSection';

/** What a signed-in user who is not a superadmin sees at `/admin` (the API would answer 403). */
function Forbidden() {
  return (
    <Card className="mx-auto max-w-lg text-center">
      <p className="text-sm font-semibold text-danger">403 · Forbidden</p>
      <h1 className="mt-2 text-xl font-semibold">Admin is for superadmins</h1>
      <p className="mt-2 text-fg-muted">
        Your account cannot manage the installation. Ask a superadmin if you need a new tenant or access to
        one.
      </p>
      <Link
        to="/settings"
        className="mt-6 inline-block font-medium text-accent-text underline-offset-4 hover:underline"
      >
        Go to your settings
      </Link>
    </Card>
  );
}

/** `/admin` for superadmins: the installation's tenants (list, create, open) and users; a 403 page for others. */
export function AdminPage() {
  const { me, loading } = useAuth();
  const superadmin = !!me?.user.superadmin;
  const tenants = useQuery({ queryKey: ALL_TENANTS_KEY, queryFn: listAllTenants, enabled: superadmin });
  const users = useQuery({ queryKey: ALL_USERS_KEY, queryFn: listAllUsers, enabled: superadmin });
  if (loading)
    return (
      <p role="status" className="text-fg-muted">
        Loading…
      </p>
    );
  if (!me) return <SignInRequired what="the admin pages" />;
  if (!superadmin) return <Forbidden />;
  return (
    <div className="space-y-10">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Admin</h1>
        <p className="text-fg-muted">Tenants and users of this Guidepost installation.</p>
      </header>
      <TenantsSection me={me} tenants={tenants.data} error={tenants.error} />
      <UsersSection users={users.data} error={users.error} />
    </div>
  );
}
