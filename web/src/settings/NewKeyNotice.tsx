import { SecretNotice } from '../ui/SecretNotice';
import type { CreatedApiKey } from './settings-api';

/** The secret of a key just created, shown this once (see SecretNotice), with how to use it. */
export function NewKeyNotice({ created, onDone }: { created: CreatedApiKey; onDone: () => void }) {
  return (
    <SecretNotice
      region="New API key"
      title={`“${created.name}” is ready`}
      label="API key secret"
      secret={created.key}
      onDone={onDone}
    >
      <p className="text-sm text-fg-muted">
        Copy the key now: it is shown only once. Send it as{' '}
        <code className="font-mono">Authorization: Bearer …</code>
      </p>
      <p className="text-sm text-fg-muted">
        AI agents can fill this workspace's published wizards with it over MCP at{' '}
        <code className="font-mono">{`${window.location.origin}/mcp`}</code> (Streamable HTTP).
      </p>
    </SecretNotice>
  );
}
