import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { isApiProblem } from '../api/problem';
import type { Me, TenantRole } from '../auth/auth-api';
import { formErrors, type FormErrors } from '../auth/form-errors';
import { grantableRoles, ROLE_LABELS } from '../auth/roles';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Select } from '../ui/Select';
import { TextField } from '../ui/TextField';
import { useToast } from '../ui/toast-context';
import { formatDate, formatDateTime } from './format';
import { NewKeyNotice } from './NewKeyNotice';
import {
  API_KEYS_KEY,
  createApiKey,
  listApiKeys,
  revokeApiKey,
  type ApiKey,
  type CreatedApiKey,
} from './settings-api';
import { ListState, SectionBody, SettingsSection } from './SettingsSection';

const problemText = (e: unknown) => (isApiProblem(e) ? e.detail : String(e));

function KeyRow({ apiKey, onRevoke }: { apiKey: ApiKey; onRevoke: () => void }) {
  const revoked = apiKey.revoked_at !== null;
  return (
    <li className="flex flex-wrap items-center gap-x-4 gap-y-2 px-5 py-3.5 sm:px-6">
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-fg">
          <span className="truncate">{apiKey.name}</span>
          <Badge tone={apiKey.role === 'member' ? 'neutral' : 'accent'}>{ROLE_LABELS[apiKey.role]}</Badge>
          {revoked && <Badge tone="danger">Revoked</Badge>}
        </p>
        <p className="mt-0.5 text-xs text-fg-muted">
          <code className="font-mono">{apiKey.prefix}…</code> · created {formatDate(apiKey.created_at)} ·{' '}
          {revoked
            ? `revoked ${formatDate(apiKey.revoked_at)}`
            : apiKey.last_used_at
              ? `last used ${formatDateTime(apiKey.last_used_at)}`
              : 'never used'}
        </p>
      </div>
      {!revoked && (
        <Button variant="ghost" size="sm" onClick={onRevoke} aria-label={`Revoke ${apiKey.name}`}>
          Revoke
        </Button>
      )}
    </li>
  );
}

/**
 * The active tenant's API keys (owners and admins): the list (newest first, revoked ones marked), a form that
 * creates one with a role up to the caller's and shows its secret once ({@link NewKeyNotice}), and Revoke,
 * confirmed first. Refusals show the server's `detail`; field problems show next to the field.
 */
export function ApiKeysSection({ me }: { me: Me }) {
  const client = useQueryClient();
  const toast = useToast();
  const roleId = useId();
  const keys = useQuery({ queryKey: API_KEYS_KEY, queryFn: listApiKeys });
  const [name, setName] = useState('');
  const [role, setRole] = useState<TenantRole>('member');
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: API_KEYS_KEY });

  const creation = useMutation({
    mutationFn: createApiKey,
    onSuccess: (key) => {
      setCreated(key);
      setName('');
      setErrors({ fields: {} });
    },
    onError: (e) => setErrors(formErrors(e, ['name', 'role'])),
    onSettled: refresh,
  });
  const revocation = useMutation({
    mutationFn: (key: ApiKey) => revokeApiKey(key.id),
    onSuccess: (_, key) => {
      setRevoking(null);
      toast.show({ title: `“${key.name}” was revoked`, description: 'It no longer works.', tone: 'success' });
    },
    onError: (e) =>
      toast.show({ title: 'The key was not revoked', description: problemText(e), tone: 'danger' }),
    onSettled: refresh,
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    creation.mutate({ name: name.trim(), role });
  }

  const list = [...(keys.data ?? [])].sort((a, b) => b.created_at.localeCompare(a.created_at));
  return (
    <SettingsSection
      title="API keys"
      description="Keys let your servers call the Guidepost API for this workspace, and AI agents fill its published wizards over MCP (/mcp), with the role you give them."
    >
      {keys.isPending ? (
        <ListState>Loading API keys…</ListState>
      ) : keys.isError ? (
        <ListState tone="error">The API keys could not be loaded: {problemText(keys.error)}</ListState>
      ) : list.length === 0 ? (
        <ListState>No API keys yet. Create one below.</ListState>
      ) : (
        <ul className="divide-y divide-line" aria-label="API keys">
          {list.map((k) => (
            <KeyRow key={k.id} apiKey={k} onRevoke={() => setRevoking(k)} />
          ))}
        </ul>
      )}
      <SectionBody divided>
        {created ? (
          <NewKeyNotice created={created} onDone={() => setCreated(null)} />
        ) : (
          <form onSubmit={onSubmit} noValidate className="space-y-4" aria-labelledby={`${roleId}-title`}>
            <h3 id={`${roleId}-title`} className="text-sm font-semibold text-fg">
              Create an API key
            </h3>
            {errors.general && (
              <p role="alert" className="rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger">
                {errors.general}
              </p>
            )}
            <div className="grid gap-4 sm:grid-cols-[1fr_10rem]">
              <TextField
                label="Key name"
                name="name"
                placeholder="e.g. CRM sync"
                autoComplete="off"
                value={name}
                onChange={(e) => setName(e.target.value)}
                error={errors.fields.name}
              />
              <div className="space-y-1.5">
                <label htmlFor={roleId} className="block text-sm font-medium text-fg">
                  Role
                </label>
                <Select id={roleId} value={role} onChange={(e) => setRole(e.target.value as TenantRole)}>
                  {grantableRoles(me).map((r) => (
                    <option key={r} value={r}>
                      {ROLE_LABELS[r]}
                    </option>
                  ))}
                </Select>
              </div>
            </div>
            <Button type="submit" disabled={creation.isPending || name.trim() === ''}>
              {creation.isPending ? 'Creating…' : 'Create key'}
            </Button>
          </form>
        )}
      </SectionBody>
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke “${revoking?.name ?? 'this key'}”?`}
        description="Servers using this key will be refused from now on. This cannot be undone."
        confirmLabel="Revoke key"
        busy={revocation.isPending}
        onConfirm={() => revoking && revocation.mutate(revoking)}
        onCancel={() => setRevoking(null)}
      />
    </SettingsSection>
  );
}
