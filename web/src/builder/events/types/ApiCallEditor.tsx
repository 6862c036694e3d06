import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { Action } from '../../../../../src/core/actions/definition';
import { API_CONFIGS_KEY, listApiConfigs } from '../../../connections/connections-api';
import { InputField, SelectField } from '../../controls';
import { HeadersRecordField } from '../../../connections/HeadersField';
import { messagesAt, messagesUnder } from '../../problem-paths';
import { KeyValueEditor } from '../KeyValueEditor';
import { problemsByKey, problemsWithin } from '../problems';
import type { ActionTypeEditorProps } from './editor-props';

type Config = Extract<Action, { type: 'api_call' }>['config'];
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * `api_call`: the API configuration (base URL, auth and default headers live there, see Settings →
 * Connections), the method, the path after the base URL, the query parameters and the action's own headers
 * (liquid templates; a credential header only from a template, see ActionHeadersSchema), and whether the
 * mapped inputs go as the JSON body.
 */
export function ApiCallEditor({ action, problems, onChange }: ActionTypeEditorProps<'api_call'>) {
  const configs = useQuery({ queryKey: API_CONFIGS_KEY, queryFn: listApiConfigs });
  const set = (patch: Partial<Config>) => onChange({ ...action, config: { ...action.config, ...patch } });
  const known = configs.data?.some((c) => c.id === action.config.api_config_id) ?? false;
  const chosen = configs.data?.find((c) => c.id === action.config.api_config_id);
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-[1fr_8rem]">
        <SelectField
          label="API configuration"
          description={chosen ? chosen.base_url : undefined}
          value={action.config.api_config_id}
          onChange={(e) => set({ api_config_id: e.target.value })}
          problems={messagesAt(problems, 'config.api_config_id')}
        >
          {!known && (
            <option value={action.config.api_config_id}>
              {configs.isPending
                ? 'Loading…'
                : action.config.api_config_id
                  ? 'Unknown configuration'
                  : 'Choose…'}
            </option>
          )}
          {configs.data?.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Method"
          value={action.config.method}
          onChange={(e) => set({ method: e.target.value as Config['method'] })}
          problems={messagesAt(problems, 'config.method')}
        >
          {METHODS.map((m) => (
            <option key={m}>{m}</option>
          ))}
        </SelectField>
      </div>
      {configs.data?.length === 0 && (
        <p className="text-sm text-fg-muted">
          No API configurations yet.{' '}
          <Link to="/settings/connections" className="font-medium text-accent-text hover:underline">
            Add one in Settings → Connections
          </Link>
          .
        </p>
      )}
      <InputField
        label="Path (template)"
        description="Added to the configuration's base URL."
        spellCheck={false}
        className="font-mono text-xs"
        placeholder="/cities"
        value={action.config.path}
        onChange={(e) => set({ path: e.target.value })}
        problems={messagesAt(problems, 'config.path')}
      />
      <KeyValueEditor
        label="Query parameters"
        noun="parameter"
        entries={action.config.query}
        problems={problemsByKey(problems, 'config.query')}
        onChange={(query) => set({ query })}
      />
      <HeadersRecordField
        label="Headers"
        description="Sent after the configuration's default headers; templates like {{ values.locale }}. Credentials stay in the API configuration, or come from the run ({{ results.login.token }})."
        placeholder="Accept-Language: {{ values.locale }}"
        headers={action.config.headers ?? {}}
        onChange={(headers) => set({ headers })}
        problems={problemsWithin(problems, 'config.headers').map((p) =>
          p.path ? `${p.path}: ${p.message}` : p.message,
        )}
      />
      <SelectField
        label="Body"
        description="Credentials come from the API configuration."
        value={action.config.body}
        onChange={(e) => set({ body: e.target.value as Config['body'] })}
        problems={messagesUnder(problems, 'config.body')}
      >
        <option value="input">The inputs below, as JSON</option>
        <option value="none">No body</option>
      </SelectField>
    </div>
  );
}
