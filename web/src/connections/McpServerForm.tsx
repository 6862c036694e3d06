import { useState, type FormEvent } from 'react';
import { InputField } from '../builder/controls';
import { ConnectionForm, useConnectionSave } from './ConnectionForm';
import { saveMcpServer, type McpServer, type McpServerBody } from './connections-api';
import { parseHeaderLines } from './header-lines';
import { HeadersField } from './HeadersField';

const FIELDS = ['name', 'url', 'headers', 'timeout_ms'] as const;

/**
 * Adds (no `server`) or edits one of the tenant's remote MCP servers: a name, its Streamable HTTP URL,
 * request headers (write-only: when editing, the field is empty; left empty, the stored headers are kept) and
 * a timeout. A URL the SSRF guard refuses comes back as a 400 naming `url`, shown under that field.
 * `onDone` gets the saved server, or nothing when cancelled.
 */
export function McpServerForm({
  server,
  onDone,
}: {
  server?: McpServer;
  onDone: (saved?: McpServer) => void;
}) {
  const [name, setName] = useState(server?.name ?? '');
  const [url, setUrl] = useState(server?.url ?? 'https://');
  const [headers, setHeaders] = useState('');
  const [timeoutMs, setTimeoutMs] = useState(String(server?.timeout_ms ?? 10_000));
  const { saving, general, fieldError } = useConnectionSave(
    (body: McpServerBody) => saveMcpServer(body, server?.id),
    FIELDS,
    onDone,
  );

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseHeaderLines(headers);
    if ('error' in parsed) return; // the field says which line
    const typed = headers.trim() !== '';
    saving.mutate({
      name: name.trim(),
      url: url.trim(),
      ...(typed || !server ? { headers: parsed.headers } : {}),
      timeout_ms: Number(timeoutMs),
    });
  }

  const stored = server?.header_names ?? [];
  return (
    <ConnectionForm
      label="MCP server"
      title={server ? `Edit “${server.name}”` : 'Add a remote MCP server'}
      general={general}
      pending={saving.isPending}
      submitLabel={server ? 'Save changes' : 'Add server'}
      onSubmit={onSubmit}
      onCancel={() => onDone()}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField
          label="Name"
          placeholder="e.g. Product catalogue"
          value={name}
          onChange={(e) => setName(e.target.value)}
          problems={fieldError('name')}
        />
        <InputField
          label="Streamable HTTP URL"
          placeholder="https://mcp.example.com/mcp"
          spellCheck={false}
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          problems={fieldError('url')}
        />
        <InputField
          label="Timeout (ms)"
          type="number"
          min={100}
          max={300_000}
          value={timeoutMs}
          onChange={(e) => setTimeoutMs(e.target.value)}
          problems={fieldError('timeout_ms')}
        />
      </div>
      <HeadersField
        label="Headers"
        description={
          stored.length > 0
            ? `Set: ${stored.join(', ')}. Leave empty to keep them; typing replaces them all. Values are never shown.`
            : 'One “Header-Name: value” per line (e.g. Authorization: Bearer …). Stored encrypted; never shown again.'
        }
        placeholder="Authorization: Bearer …"
        text={headers}
        onTextChange={setHeaders}
        problems={fieldError('headers')}
      />
    </ConnectionForm>
  );
}
