import { useState } from 'react';
import { Button } from '../ui/Button';
import { Input } from '../ui/Input';
import type { CreatedApiKey } from './settings-api';

/**
 * The secret of a key just created, shown this once: a read-only field, a Copy button (clipboard API, with a
 * "select it yourself" fallback when the browser refuses) and Done, which forgets it.
 */
export function NewKeyNotice({ created, onDone }: { created: CreatedApiKey; onDone: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(created.key);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }
  return (
    <div
      role="region"
      aria-label="New API key"
      className="space-y-3 rounded-xl border border-success/30 bg-success-soft p-4"
    >
      <div>
        <p className="text-sm font-semibold text-fg">“{created.name}” is ready</p>
        <p className="text-sm text-fg-muted">
          Copy the key now: it is shown only once. Send it as{' '}
          <code className="font-mono">Authorization: Bearer …</code>
        </p>
        <p className="text-sm text-fg-muted">
          AI agents can fill this workspace's published wizards with it over MCP at{' '}
          <code className="font-mono">{`${window.location.origin}/mcp`}</code> (Streamable HTTP).
        </p>
      </div>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Input
          readOnly
          aria-label="API key secret"
          value={created.key}
          onFocus={(e) => e.currentTarget.select()}
          className="font-mono text-xs"
        />
        <div className="flex gap-2">
          <Button variant="secondary" onClick={() => void copy()}>
            {copied === 'yes' ? 'Copied' : 'Copy'}
          </Button>
          <Button variant="ghost" onClick={onDone}>
            Done
          </Button>
        </div>
      </div>
      <p aria-live="polite" className="text-xs text-fg-muted">
        {copied === 'yes'
          ? 'The key is on your clipboard.'
          : copied === 'failed'
            ? 'The browser did not allow copying: select the key and copy it yourself.'
            : ''}
      </p>
    </div>
  );
}
