import { useQuery } from '@tanstack/react-query';
import { isApiProblem } from '../api/problem';
import { listMcpTools } from './connections-api';

/** The tools of one MCP server, fetched when shown (`GET /api/v1/mcp/servers/:id/tools`). */
export function McpToolList({ serverId }: { serverId: string }) {
  const tools = useQuery({
    queryKey: ['connections', 'mcp-tools', serverId],
    queryFn: () => listMcpTools(serverId),
    retry: false,
  });
  if (tools.isPending)
    return (
      <p role="status" className="text-xs text-fg-muted">
        Connecting to the server…
      </p>
    );
  if (tools.isError)
    return (
      <p role="alert" className="text-xs text-danger">
        {isApiProblem(tools.error) ? tools.error.detail : String(tools.error)}
      </p>
    );
  return (
    <ul className="grid gap-1.5 sm:grid-cols-2" aria-label="Tools">
      {tools.data.map((t) => (
        <li key={t.name} className="rounded-md bg-surface-muted px-2.5 py-1.5 text-xs">
          <span className="font-mono font-medium text-fg">{t.name}</span>
          {t.description && <span className="mt-0.5 line-clamp-2 block text-fg-muted">{t.description}</span>}
        </li>
      ))}
    </ul>
  );
}
