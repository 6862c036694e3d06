import { useState } from 'react';
import type { RunController } from '../run-controller';
import { cx } from '../../ui/cx';
import { currentMessages, loadingMessages, shownOutputs } from './activity';
import { OutputView } from './OutputView';

const LEVEL_STYLES = {
  info: 'border-accent/30 bg-accent-soft text-fg',
  success: 'border-success/30 bg-success-soft text-fg',
  warning: 'border-warning/40 bg-warning-soft text-fg',
  error: 'border-danger/30 bg-danger-soft text-danger',
} as const;

/**
 * What the wizard's actions show in the player: the loading message of each action under way (a polite
 * status with a spinner, gone when the action finishes or fails), the messages of `show_message` actions
 * since the current step was entered (dismissible banners; errors are alerts), and every output renderer's
 * result (see OutputView). The live region stays in the page (empty) so screen readers announce what comes.
 */
export function RunActivity({ run }: { run: RunController }) {
  const [dismissed, setDismissed] = useState<ReadonlySet<number>>(new Set());
  const loading = loadingMessages(run.state);
  const messages = currentMessages(run.events).filter((m) => !dismissed.has(m.key));
  const outputs = shownOutputs(run.state);
  const shown = loading.length + messages.length + outputs.length > 0;
  return (
    <div className={shown ? 'mb-6 space-y-3' : undefined}>
      <div role="status" aria-live="polite" className="space-y-2">
        {loading.map((l) => (
          <p
            key={l.id}
            className="flex items-center gap-2 rounded-lg bg-surface-muted px-3 py-2 text-sm text-fg-muted"
          >
            <span
              aria-hidden
              className="size-4 shrink-0 animate-spin rounded-full border-2 border-line-strong border-t-accent"
            />
            {l.text}
          </p>
        ))}
      </div>
      {messages.map((m) => (
        <div
          key={m.key}
          role={m.level === 'error' ? 'alert' : 'status'}
          className={cx(
            'flex items-start justify-between gap-3 rounded-lg border px-4 py-3 text-sm',
            LEVEL_STYLES[m.level],
          )}
        >
          <span>{m.text}</span>
          <button
            type="button"
            aria-label="Dismiss message"
            onClick={() => setDismissed((all) => new Set([...all, m.key]))}
            className="-m-1 rounded p-1 text-fg-muted hover:text-fg"
          >
            ✕
          </button>
        </div>
      ))}
      {outputs.length > 0 && (
        <section aria-label="Results" className="space-y-4">
          {outputs.map((o) => (
            <OutputView key={o.id} output={o} />
          ))}
        </section>
      )}
    </div>
  );
}
