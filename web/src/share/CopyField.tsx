import { useId, useState } from 'react';
import { Button } from '../ui/Button';

/** A read-only text (one line, or a code block) with a Copy button that says "Copied" for two seconds. */
export function CopyField({
  label,
  value,
  multiline,
}: {
  label: string;
  value: string;
  multiline?: boolean;
}) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(value).catch(() => undefined);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  const field = 'w-full rounded-lg border border-line bg-canvas px-3 py-2 font-mono text-xs text-fg';
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <div className="flex items-start gap-2">
        {multiline ? (
          <textarea id={id} readOnly rows={3} value={value} className={`${field} resize-none`} />
        ) : (
          <input id={id} readOnly value={value} className={field} onFocus={(e) => e.currentTarget.select()} />
        )}
        <Button
          size="sm"
          variant="secondary"
          onClick={() => void copy()}
          aria-label={`Copy ${label.toLowerCase()}`}
        >
          {copied ? 'Copied' : 'Copy'}
        </Button>
      </div>
    </div>
  );
}
