import { useId } from 'react';
import { isApiProblem } from '../api/problem';
import { useAuth } from '../auth/useAuth';
import { useSwitchTenant } from '../auth/useSwitchTenant';
import { Select } from '../ui/Select';
import { useToast } from '../ui/toast-context';
import { cx } from '../ui/cx';

/**
 * The workspace (tenant) switcher: a labelled native select of the caller's tenants and the active one (a
 * superadmin may act in a tenant they do not belong to), the active one chosen.
 * Choosing another switches the session's tenant, drops every cached query and opens `/wizards`
 * ({@link useSwitchTenant}); a refusal shows the server's `detail` in a toast. Renders nothing for a user of
 * one tenant, for API-key callers (keys are bound to their tenant) and while signed out. `compact` hides the
 * label visually (the top bar); otherwise it is shown above the select (the phone menu).
 */
export function TenantSwitcher({ compact = false, className }: { compact?: boolean; className?: string }) {
  const { me } = useAuth();
  const { switchTo, pending } = useSwitchTenant();
  const toast = useToast();
  const id = useId();
  if (!me || me.via !== 'session') return null;
  // A superadmin may act in a tenant they do not belong to (opened from Admin): it is listed too.
  const tenants = me.tenants.some((t) => t.id === me.active_tenant.id)
    ? me.tenants
    : [...me.tenants, me.active_tenant];
  if (tenants.length < 2) return null;

  async function onChange(tenantId: string) {
    const name = tenants.find((t) => t.id === tenantId)?.name ?? tenantId;
    try {
      await switchTo(tenantId);
      toast.show({ title: `Switched to ${name}`, tone: 'success', durationMs: 3000 });
    } catch (e) {
      toast.show({
        title: `Could not switch to ${name}`,
        description: isApiProblem(e) ? e.detail : String(e),
        tone: 'danger',
      });
    }
  }

  return (
    <div className={cx(compact ? 'w-44' : 'space-y-1.5', className)}>
      <label htmlFor={id} className={compact ? 'sr-only' : 'block text-sm font-medium text-fg'}>
        Workspace
      </label>
      <Select
        id={id}
        value={pending ?? me.active_tenant.id}
        disabled={pending !== null}
        onChange={(e) => void onChange(e.target.value)}
        className={compact ? 'h-9 truncate' : undefined}
      >
        {tenants.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </Select>
    </div>
  );
}
