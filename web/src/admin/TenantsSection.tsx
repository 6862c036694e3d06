import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { isApiProblem } from '../api/problem';
import type { Me } from '../auth/auth-api';
import { formErrors, type FormErrors } from '../auth/form-errors';
import { ROLE_LABELS } from '../auth/roles';
import { useSwitchTenant } from '../auth/useSwitchTenant';
import { ME_KEY } from '../auth/useAuth';
import { ListState, SectionBody, SettingsSection } from '../settings/SettingsSection';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { TextField } from '../ui/TextField';
import { useToast } from '../ui/toast-context';
import { ALL_TENANTS_KEY, ALL_USERS_KEY, createTenant, type AdminTenant } from './admin-api';

const TH = 'px-5 py-2.5 text-left text-xs font-medium tracking-wide text-fg-muted uppercase sm:px-6';
const TD = 'px-5 py-3 align-middle sm:px-6';
const COUNTS = [
  ['Members', 'member_count'],
  ['Wizards', 'wizard_count'],
  ['Runs', 'run_count'],
] as const;

/** Props of {@link TenantsSection}: the rows, or the loading state or failure of the query behind them. */
export interface TenantsSectionProps {
  me: Me;
  tenants: AdminTenant[] | undefined;
  error: unknown;
}

/**
 * The installation's tenants (superadmin), members or not: name, id, member, wizard and run counts, the
 * caller's role ("—" when not a member), "Active" on the active tenant and "Open" (switch to it) on every
 * other one (a superadmin acts as owner in a tenant they do not belong to); and a form that creates one (the
 * caller becomes its owner).
 */
export function TenantsSection({ me, tenants, error }: TenantsSectionProps) {
  const client = useQueryClient();
  const toast = useToast();
  const { switchTo, pending } = useSwitchTenant();
  const [form, setForm] = useState({ name: '', id: '' });
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });

  const creation = useMutation({
    mutationFn: () => createTenant({ name: form.name.trim(), id: form.id.trim() || undefined }),
    onSuccess: (t) => {
      toast.show({ title: `${t.name} was created`, description: 'You are its owner.', tone: 'success' });
      setForm({ name: '', id: '' });
      setErrors({ fields: {} });
      void client.invalidateQueries({ queryKey: ALL_TENANTS_KEY });
      void client.invalidateQueries({ queryKey: ALL_USERS_KEY });
      void client.invalidateQueries({ queryKey: ME_KEY });
    },
    onError: (e) => setErrors(formErrors(e, ['name', 'id'])),
  });

  const myRoles = new Map(me.tenants.map((t) => [t.id, t.role]));

  async function open(t: AdminTenant) {
    try {
      await switchTo(t.id);
      toast.show({ title: `Switched to ${t.name}`, tone: 'success', durationMs: 3000 });
    } catch (e) {
      toast.show({
        title: `Could not open ${t.name}`,
        description: isApiProblem(e) ? e.detail : String(e),
        tone: 'danger',
      });
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    creation.mutate();
  }

  return (
    <SettingsSection
      title="Tenants"
      description="Each tenant is a separate workspace with its own wizards, runs, members and keys."
      aside={tenants && <Badge>{tenants.length}</Badge>}
    >
      {error ? (
        <ListState tone="error">
          The tenants could not be loaded: {isApiProblem(error) ? error.detail : String(error)}
        </ListState>
      ) : !tenants ? (
        <ListState>Loading tenants…</ListState>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full min-w-[40rem] text-sm">
            <caption className="sr-only">Tenants</caption>
            <thead className="border-b border-line bg-surface-muted/60">
              <tr>
                <th scope="col" className={TH}>
                  Tenant
                </th>
                {COUNTS.map(([label]) => (
                  <th key={label} scope="col" className={`${TH} text-right`}>
                    {label}
                  </th>
                ))}
                <th scope="col" className={TH}>
                  Your role
                </th>
                <th scope="col" className={TH}>
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {tenants.map((t) => {
                const myRole = myRoles.get(t.id);
                return (
                  <tr key={t.id}>
                    <td className={TD}>
                      <p className="font-medium text-fg">{t.name}</p>
                      <p className="font-mono text-xs text-fg-muted">{t.id}</p>
                    </td>
                    {COUNTS.map(([label, key]) => (
                      <td key={label} className={`${TD} text-right tabular-nums`}>
                        {t[key]}
                      </td>
                    ))}
                    <td className={TD}>
                      {myRole ? ROLE_LABELS[myRole] : <span className="text-fg-subtle">—</span>}
                    </td>
                    <td className={`${TD} text-right`}>
                      {t.id === me.active_tenant.id ? (
                        <Badge tone="success">Active</Badge>
                      ) : (
                        <Button
                          variant="secondary"
                          size="sm"
                          disabled={pending !== null}
                          onClick={() => void open(t)}
                          aria-label={`Open ${t.name}`}
                        >
                          {pending === t.id ? 'Opening…' : 'Open'}
                        </Button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <SectionBody divided>
        <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Create a tenant">
          <h3 className="text-sm font-semibold text-fg">Create a tenant</h3>
          {errors.general && (
            <p role="alert" className="rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger">
              {errors.general}
            </p>
          )}
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              label="Name"
              name="name"
              autoComplete="off"
              value={form.name}
              onChange={(e) => setForm((f) => ({ ...f, name: e.target.value }))}
              error={errors.fields.name}
            />
            <TextField
              label="ID (optional)"
              name="id"
              autoComplete="off"
              placeholder="acme-corp"
              description="Lowercase words joined by hyphens; made from the name when empty."
              value={form.id}
              onChange={(e) => setForm((f) => ({ ...f, id: e.target.value }))}
              error={errors.fields.id}
            />
          </div>
          <Button type="submit" disabled={creation.isPending || form.name.trim() === ''}>
            {creation.isPending ? 'Creating…' : 'Create tenant'}
          </Button>
        </form>
      </SectionBody>
    </SettingsSection>
  );
}
