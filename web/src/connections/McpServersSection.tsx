import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiProblem } from '../api/problem';
import { ListState, SettingsSection } from '../settings/SettingsSection';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useToast } from '../ui/toast-context';
import { deleteMcpServer, listMcpServers, MCP_SERVERS_KEY, type McpServer } from './connections-api';
import { McpServerForm } from './McpServerForm';
import { McpToolList } from './McpToolList';

const problemText = (e: unknown) => (isApiProblem(e) ? e.detail : String(e));

interface RowProps {
  server: McpServer;
  onEdit: () => void;
  onDelete: () => void;
}

function ServerRow({ server, onEdit, onDelete }: RowProps) {
  const [open, setOpen] = useState(false);
  const own = server.owner === 'tenant';
  return (
    <li className="space-y-3 px-5 py-3.5 sm:px-6">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <div className="min-w-0 flex-1 basis-64">
          <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-fg">
            <span className="truncate">{server.name}</span>
            <Badge tone={own ? 'accent' : 'neutral'}>{own ? 'This workspace' : 'Operator'}</Badge>
            <Badge>{TRANSPORT_LABELS[server.transport]}</Badge>
            {server.header_names.length > 0 && (
              <Badge tone="success">Headers set: {server.header_names.join(', ')}</Badge>
            )}
          </p>
          <p className="mt-0.5 truncate font-mono text-xs text-fg-muted">
            {server.url ?? `id ${server.id} · provided by the operator, read-only`}
          </p>
        </div>
        <div className="flex gap-1">
          <Button variant="ghost" size="sm" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? 'Hide tools' : 'Tools'}
          </Button>
          {own && (
            <>
              <Button variant="ghost" size="sm" onClick={onEdit} aria-label={`Edit ${server.name}`}>
                Edit
              </Button>
              <Button variant="ghost" size="sm" onClick={onDelete} aria-label={`Delete ${server.name}`}>
                Delete
              </Button>
            </>
          )}
        </div>
      </div>
      {open && <McpToolList serverId={server.id} />}
    </li>
  );
}

/**
 * The MCP servers `mcp_call` actions may use: the operator's (local stdio or remote, read-only, with their
 * tools) and this workspace's remote servers, which admins add, edit and delete ({@link McpServerForm}).
 * Local servers run a command on the host, so only the operator defines them.
 */
/** How each kind of server is reached, as the list says it. */
const TRANSPORT_LABELS: Record<McpServer['transport'], string> = {
  in_process: 'Built into Guidepost',
  stdio: 'Local (stdio)',
  http: 'Streamable HTTP',
};

export function McpServersSection() {
  const client = useQueryClient();
  const toast = useToast();
  const servers = useQuery({ queryKey: MCP_SERVERS_KEY, queryFn: listMcpServers });
  const [editing, setEditing] = useState<McpServer | 'new' | null>(null);
  const [deleting, setDeleting] = useState<McpServer | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: MCP_SERVERS_KEY });
  const deletion = useMutation({
    mutationFn: (s: McpServer) => deleteMcpServer(s.id),
    onSuccess: (_, s) => {
      setDeleting(null);
      toast.show({ title: `“${s.name}” was deleted`, tone: 'success' });
    },
    onError: (e) => toast.show({ title: 'Not deleted', description: problemText(e), tone: 'danger' }),
    onSettled: refresh,
  });
  const list = servers.data ?? [];
  return (
    <SettingsSection
      title="MCP servers"
      description="Tools your wizards' “MCP tool call” actions can use. Add remote servers by their Streamable HTTP URL; local servers are set up by the operator."
    >
      {servers.isPending ? (
        <ListState>Loading MCP servers…</ListState>
      ) : servers.isError ? (
        <ListState tone="error">The MCP servers could not be loaded: {problemText(servers.error)}</ListState>
      ) : list.length === 0 ? (
        <ListState>No MCP servers yet.</ListState>
      ) : (
        <ul className="divide-y divide-line" aria-label="MCP servers">
          {list.map((s) => (
            <ServerRow key={s.id} server={s} onEdit={() => setEditing(s)} onDelete={() => setDeleting(s)} />
          ))}
        </ul>
      )}
      <div className="border-t border-line p-5 sm:p-6">
        {editing ? (
          <McpServerForm
            key={editing === 'new' ? 'new' : editing.id}
            server={editing === 'new' ? undefined : editing}
            onDone={(saved) => {
              setEditing(null);
              void refresh();
              if (saved) toast.show({ title: `“${saved.name}” was saved`, tone: 'success' });
            }}
          />
        ) : (
          <Button variant="secondary" onClick={() => setEditing('new')}>
            Add a remote MCP server
          </Button>
        )}
      </div>
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete “${deleting?.name ?? ''}”?`}
        description="Actions that call its tools fail until they pick another server."
        confirmLabel="Delete"
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && deletion.mutate(deleting)}
      />
    </SettingsSection>
  );
}
