import { useState } from 'react';
import { Button } from '../ui/Button';

/**
 * The run's resume link with a Copy button: whoever opens it continues this run, with every answer, on any
 * device (the link is a capability, like a password: the page says so).
 */
export function ResumeLink({ url }: { url: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  };
  return (
    <section
      aria-labelledby="resume-heading"
      className="rounded-xl border border-line bg-surface p-4 text-sm"
    >
      <h2 id="resume-heading" className="font-medium">
        Finish later
      </h2>
      <p className="mt-1 text-fg-muted">
        This link reopens your answers on any device. Keep it private: anyone with it can continue.
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <input
          readOnly
          aria-label="Resume link"
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded-lg border border-line bg-canvas px-3 py-1.5 font-mono text-xs"
        />
        <Button variant="secondary" size="sm" onClick={() => void copy()}>
          {copied ? 'Copied' : 'Copy link'}
        </Button>
      </div>
    </section>
  );
}
