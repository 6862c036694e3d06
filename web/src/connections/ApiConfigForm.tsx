import { useState, type FormEvent } from 'react';
import { API_AUTH_TYPES, authNeeds, type ApiAuthType } from '../../../src/core/actions/api-auth';
import { InputField, SelectField } from '../builder/controls';
import { ConnectionForm, useConnectionSave } from './ConnectionForm';
import { saveApiConfig, type ApiConfig, type ApiConfigBody } from './connections-api';
import { headerLines, parseHeaderLines } from './header-lines';
import { HeadersField } from './HeadersField';

/** How each auth type reads in the form and the list. */
export const AUTH_LABELS: Record<ApiAuthType, string> = {
  none: 'No authentication',
  bearer: 'Bearer token',
  basic: 'Basic (user:password)',
  api_key_header: 'API key in a header',
  api_key_query: 'API key in the query',
};

const CREDENTIAL_LABELS: Record<ApiAuthType, string> = {
  none: '',
  bearer: 'Token',
  basic: 'User and password (user:password)',
  api_key_header: 'API key',
  api_key_query: 'API key',
};

const FIELDS = [
  'name',
  'base_url',
  'auth_type',
  'auth_param_name',
  'credentials',
  'default_headers',
  'timeout_ms',
] as const;

/**
 * Adds (no `config`) or edits an API configuration. Credentials are write-only: when editing, the field is
 * empty and says whether some are set; left empty, the stored ones are kept. A base URL the SSRF guard
 * refuses (a private or loopback address) comes back as a 400 naming `base_url`, shown under that field.
 * `onDone` gets the saved configuration, or nothing when cancelled.
 */
export function ApiConfigForm({
  config,
  onDone,
}: {
  config?: ApiConfig;
  onDone: (saved?: ApiConfig) => void;
}) {
  const [name, setName] = useState(config?.name ?? '');
  const [baseUrl, setBaseUrl] = useState(config?.base_url ?? 'https://');
  const [authType, setAuthType] = useState<ApiAuthType>(config?.auth_type ?? 'none');
  const [paramName, setParamName] = useState(config?.auth_param_name ?? '');
  const [credentials, setCredentials] = useState('');
  const [headers, setHeaders] = useState(headerLines(config?.default_headers ?? {}));
  const [timeoutMs, setTimeoutMs] = useState(String(config?.timeout_ms ?? 10_000));
  const needs = authNeeds(authType);
  const typeChanged = config !== undefined && config.auth_type !== authType;
  const stored = config?.has_credentials === true && !typeChanged;

  const { saving, general, fieldError } = useConnectionSave(
    (body: ApiConfigBody) => saveApiConfig(body, config?.id),
    FIELDS,
    onDone,
  );

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseHeaderLines(headers);
    if ('error' in parsed) return; // the field says which line
    saving.mutate({
      name: name.trim(),
      base_url: baseUrl.trim(),
      auth_type: authType,
      ...(needs.paramName ? { auth_param_name: paramName.trim() } : {}),
      ...(needs.credentials && credentials !== '' ? { credentials } : {}),
      default_headers: parsed.headers,
      timeout_ms: Number(timeoutMs),
    });
  }

  return (
    <ConnectionForm
      label="API configuration"
      title={config ? `Edit “${config.name}”` : 'Add an API configuration'}
      general={general}
      pending={saving.isPending}
      submitLabel={config ? 'Save changes' : 'Add configuration'}
      onSubmit={onSubmit}
      onCancel={() => onDone()}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField
          label="Name"
          placeholder="e.g. Cities API"
          value={name}
          onChange={(e) => setName(e.target.value)}
          problems={fieldError('name')}
        />
        <InputField
          label="Base URL"
          description="Each action's path is added to it."
          placeholder="https://api.example.com/v1"
          spellCheck={false}
          value={baseUrl}
          onChange={(e) => setBaseUrl(e.target.value)}
          problems={fieldError('base_url')}
        />
        <SelectField
          label="Authentication"
          value={authType}
          onChange={(e) => setAuthType(e.target.value as ApiAuthType)}
          problems={fieldError('auth_type')}
        >
          {API_AUTH_TYPES.map((t) => (
            <option key={t} value={t}>
              {AUTH_LABELS[t]}
            </option>
          ))}
        </SelectField>
        {needs.paramName && (
          <InputField
            label={authType === 'api_key_header' ? 'Header name' : 'Query parameter name'}
            placeholder={authType === 'api_key_header' ? 'X-API-Key' : 'api_key'}
            value={paramName}
            onChange={(e) => setParamName(e.target.value)}
            problems={fieldError('auth_param_name')}
          />
        )}
        {needs.credentials && (
          <InputField
            label={CREDENTIAL_LABELS[authType]}
            type="password"
            autoComplete="new-password"
            description={
              stored
                ? 'Set. Leave empty to keep the stored value; it is never shown.'
                : 'Stored encrypted; it is never shown again.'
            }
            placeholder={stored ? '•••••••• (set)' : ''}
            value={credentials}
            onChange={(e) => setCredentials(e.target.value)}
            problems={fieldError('credentials')}
          />
        )}
        <InputField
          label="Timeout (ms)"
          type="number"
          min={100}
          max={60_000}
          value={timeoutMs}
          onChange={(e) => setTimeoutMs(e.target.value)}
          problems={fieldError('timeout_ms')}
        />
      </div>
      <HeadersField
        label="Default headers"
        description="One “Header-Name: value” per line, sent with every call. They are shown here, so put secrets in the authentication instead."
        text={headers}
        onTextChange={setHeaders}
        problems={fieldError('default_headers')}
      />
    </ConnectionForm>
  );
}
