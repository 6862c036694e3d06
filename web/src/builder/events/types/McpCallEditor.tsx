import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { isApiProblem } from '../../../api/problem';
import {
  listMcpServers,
  listMcpTools,
  MCP_SERVERS_KEY,
  type McpTool,
} from '../../../connections/connections-api';
import { SelectField } from '../../controls';
import { messagesAt } from '../../problem-paths';
import { KeyValueEditor } from '../KeyValueEditor';
import { problemsByKey } from '../problems';
import { ToolArgumentsForm } from '../ToolArgumentsForm';
import type { ActionTypeEditorProps } from './editor-props';

/**
 * `mcp_call`: an MCP server (the operator's or this workspace's remote ones), one of its tools (listed live
 * from `GET /mcp/servers/:id/tools`), and its arguments: a form generated from the tool's input schema, each
 * argument a liquid template kept in the action's input mapping. When the tools cannot be listed, the
 * arguments are edited as plain name/template pairs. The tool is the author's choice ("Choose…" until then):
 * no default is written from an effect, which could overwrite an edit made while the tools load.
 */
export function McpCallEditor({ action, problems, onChange }: ActionTypeEditorProps<'mcp_call'>) {
  const serverId = action.config.mcp_config_id;
  const servers = useQuery({ queryKey: MCP_SERVERS_KEY, queryFn: listMcpServers });
  const tools = useQuery({
    queryKey: ['connections', 'mcp-tools', serverId],
    queryFn: () => listMcpTools(serverId),
    enabled: serverId !== '',
    retry: false,
  });
  const tool: McpTool | undefined = tools.data?.find((t) => t.name === action.config.tool);

  const knownServer = servers.data?.some((s) => s.id === serverId) ?? false;
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="MCP server"
          value={serverId}
          onChange={(e) => onChange({ ...action, config: { mcp_config_id: e.target.value, tool: '' } })}
          problems={messagesAt(problems, 'config.mcp_config_id')}
        >
          {!knownServer && (
            <option value={serverId}>
              {servers.isPending ? 'Loading…' : serverId ? 'Unknown server' : 'Choose…'}
            </option>
          )}
          {servers.data?.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} {s.owner === 'operator' ? '(operator)' : ''}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Tool"
          description={tool?.description}
          value={action.config.tool}
          disabled={!tools.data}
          onChange={(e) => onChange({ ...action, config: { ...action.config, tool: e.target.value } })}
          problems={messagesAt(problems, 'config.tool')}
        >
          {!tool && (
            <option value={action.config.tool}>
              {tools.isFetching ? 'Loading tools…' : action.config.tool || 'Choose…'}
            </option>
          )}
          {tools.data?.map((t) => (
            <option key={t.name} value={t.name}>
              {t.name}
            </option>
          ))}
        </SelectField>
      </div>
      {servers.data?.length === 0 && (
        <p className="text-sm text-fg-muted">
          No MCP servers yet.{' '}
          <Link to="/settings/connections" className="font-medium text-accent-text hover:underline">
            Add a remote server in Settings → Connections
          </Link>
          .
        </p>
      )}
      {tools.isError && (
        <p role="alert" className="text-sm text-danger">
          The tools could not be listed:{' '}
          {isApiProblem(tools.error) ? tools.error.detail : String(tools.error)}
        </p>
      )}
      {tool ? (
        <ToolArgumentsForm
          schema={tool.input_schema}
          values={action.input_mapping}
          problems={problemsByKey(problems, 'input_mapping')}
          onChange={(input_mapping) => onChange({ ...action, input_mapping })}
        />
      ) : (
        <KeyValueEditor
          label="Arguments"
          description="Each argument is a template, e.g. {{ values.city }}."
          noun="argument"
          entries={action.input_mapping}
          problems={problemsByKey(problems, 'input_mapping')}
          onChange={(input_mapping) => onChange({ ...action, input_mapping })}
        />
      )}
    </div>
  );
}
