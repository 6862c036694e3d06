import { isApiProblem } from '../api/problem';
import { ROLE_LABELS } from '../auth/roles';
import { formatDate, initials } from '../settings/format';
import { ListState, SettingsSection } from '../settings/SettingsSection';
import { Badge } from '../ui/Badge';
import type { AdminUser } from './admin-api';

/**
 * Every user of the installation (superadmin): name, email, superadmin badge, since when, and each tenant
 * they belong to with their role there.
 */
export function UsersSection({ users, error }: { users: AdminUser[] | undefined; error: unknown }) {
  return (
    <SettingsSection
      title="Users"
      description="Everyone with an account on this installation, in any tenant."
      aside={users && <Badge>{users.length}</Badge>}
    >
      {error ? (
        <ListState tone="error">
          The users could not be loaded: {isApiProblem(error) ? error.detail : String(error)}
        </ListState>
      ) : !users ? (
        <ListState>Loading users…</ListState>
      ) : (
        <ul className="divide-y divide-line" aria-label="All users">
          {users.map((u) => (
            <li key={u.id} className="flex flex-wrap items-start gap-x-4 gap-y-2 px-5 py-3.5 sm:px-6">
              <span
                aria-hidden="true"
                className="flex size-9 shrink-0 items-center justify-center rounded-full bg-surface-muted text-xs font-semibold text-fg-muted"
              >
                {initials(u.name)}
              </span>
              <div className="min-w-0 flex-1">
                <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-fg">
                  <span className="truncate">{u.name}</span>
                  {u.superadmin && <Badge tone="accent">Superadmin</Badge>}
                </p>
                <p className="truncate text-sm text-fg-muted">{u.email}</p>
                <ul className="mt-2 flex flex-wrap gap-1.5" aria-label={`Tenants of ${u.name}`}>
                  {u.tenants.length === 0 ? (
                    <li className="text-xs text-fg-subtle">No tenant</li>
                  ) : (
                    u.tenants.map((t) => (
                      <li key={t.id}>
                        <Badge>
                          {t.name} · {ROLE_LABELS[t.role]}
                        </Badge>
                      </li>
                    ))
                  )}
                </ul>
              </div>
              <p className="text-xs text-fg-subtle">Joined {formatDate(u.created_at)}</p>
            </li>
          ))}
        </ul>
      )}
    </SettingsSection>
  );
}
