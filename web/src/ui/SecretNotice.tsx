import { useState, type ReactNode } from 'react';
import { Button } from './Button';
import { Input } from './Input';

/**
 * A secret shown this once (an API key, a webhook signing secret): a heading and explanation, a read-only
 * field, a Copy button (clipboard API, with a "select it yourself" fallback when the browser refuses) and
 * Done, which forgets it. `label` names the secret for screen readers ("API key secret").
 */
export function SecretNotice({
  region,
  title,
  children,
  label,
  secret,
  onDone,
}: {
  /** The region's accessible name ("New API key"). */
  region: string;
  title: ReactNode;
  children?: ReactNode;
  label: string;
  secret: string;
  onDone: () => void;
}) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }
  return (
    <div
      role="region"
      aria-label={region}
      className="space-y-3 rounded-xl border border-success/30 bg-success-soft p-4"
    >
      <div>
        <p className="text-sm font-semibold text-fg">{title}</p>
        {children}
      </div>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Input
          readOnly
          aria-label={label}
          value={secret}
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
          ? 'It is on your clipboard.'
          : copied === 'failed'
            ? 'The browser did not allow copying: select it and copy it yourself.'
            : ''}
      </p>
    </div>
  );
}
