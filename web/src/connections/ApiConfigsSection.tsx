import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiProblem } from '../api/problem';
import { ListState, SettingsSection } from '../settings/SettingsSection';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useToast } from '../ui/toast-context';
import { ApiConfigForm, AUTH_LABELS } from './ApiConfigForm';
import { API_CONFIGS_KEY, deleteApiConfig, listApiConfigs, type ApiConfig } from './connections-api';

const problemText = (e: unknown) => (isApiProblem(e) ? e.detail : String(e));

function ConfigRow({
  config,
  onEdit,
  onDelete,
}: {
  config: ApiConfig;
  onEdit: () => void;
  onDelete: () => void;
}) {
  return (
    <li className="flex flex-wrap items-center gap-x-4 gap-y-2 px-5 py-3.5 sm:px-6">
      <div className="min-w-0 flex-1 basis-64">
        <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-fg">
          <span className="truncate">{config.name}</span>
          <Badge>{AUTH_LABELS[config.auth_type]}</Badge>
          {config.has_credentials && <Badge tone="success">Credentials set</Badge>}
        </p>
        <p className="mt-0.5 truncate font-mono text-xs text-fg-muted">{config.base_url}</p>
      </div>
      <div className="flex gap-1">
        <Button variant="ghost" size="sm" onClick={onEdit} aria-label={`Edit ${config.name}`}>
          Edit
        </Button>
        <Button variant="ghost" size="sm" onClick={onDelete} aria-label={`Delete ${config.name}`}>
          Delete
        </Button>
      </div>
    </li>
  );
}

/**
 * The tenant's API configurations, what `api_call` actions call through: the list (auth type, whether
 * credentials are set: never their value), a form that adds or edits one ({@link ApiConfigForm}), and Delete,
 * confirmed first.
 */
export function ApiConfigsSection() {
  const client = useQueryClient();
  const toast = useToast();
  const configs = useQuery({ queryKey: API_CONFIGS_KEY, queryFn: listApiConfigs });
  const [editing, setEditing] = useState<ApiConfig | 'new' | null>(null);
  const [deleting, setDeleting] = useState<ApiConfig | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: API_CONFIGS_KEY });
  const deletion = useMutation({
    mutationFn: (c: ApiConfig) => deleteApiConfig(c.id),
    onSuccess: (_, c) => {
      setDeleting(null);
      toast.show({ title: `“${c.name}” was deleted`, tone: 'success' });
    },
    onError: (e) => toast.show({ title: 'Not deleted', description: problemText(e), tone: 'danger' }),
    onSettled: refresh,
  });
  const list = configs.data ?? [];
  return (
    <SettingsSection
      title="API configurations"
      description="The APIs your wizards' “API call” actions reach: a base URL, how to sign in, default headers and a timeout. Credentials are stored encrypted and never shown again."
    >
      {configs.isPending ? (
        <ListState>Loading API configurations…</ListState>
      ) : configs.isError ? (
        <ListState tone="error">
          The API configurations could not be loaded: {problemText(configs.error)}
        </ListState>
      ) : list.length === 0 ? (
        <ListState>No API configurations yet.</ListState>
      ) : (
        <ul className="divide-y divide-line" aria-label="API configurations">
          {list.map((c) => (
            <ConfigRow key={c.id} config={c} onEdit={() => setEditing(c)} onDelete={() => setDeleting(c)} />
          ))}
        </ul>
      )}
      <div className="border-t border-line p-5 sm:p-6">
        {editing ? (
          <ApiConfigForm
            key={editing === 'new' ? 'new' : editing.id}
            config={editing === 'new' ? undefined : editing}
            onDone={(saved) => {
              setEditing(null);
              void refresh();
              if (saved) toast.show({ title: `“${saved.name}” was saved`, tone: 'success' });
            }}
          />
        ) : (
          <Button variant="secondary" onClick={() => setEditing('new')}>
            Add an API configuration
          </Button>
        )}
      </div>
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete “${deleting?.name ?? ''}”?`}
        description="Actions that call through it fail until they pick another configuration."
        confirmLabel="Delete"
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && deletion.mutate(deleting)}
      />
    </SettingsSection>
  );
}
