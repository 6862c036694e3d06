import { useEffect, useRef, useState } from 'react';
import type { PublicBootstrap } from '../../../src/core/public-page';
import { Player } from '../player/Player';
import { useServerRun } from '../runs/useServerRun';
import { voicePreference } from '../voice/choose-voice';
import { postToParent } from './embed-bridge';

/**
 * What the form tells the page around it: the run's last seq, its status, how to flush typed values, and the
 * language and voice the guide speaks with (from the wizard's locale and guide, once its definition is read).
 */
export interface FormProgress {
  lastSeq: number;
  status: 'active' | 'completed' | 'abandoned';
  flush?: () => Promise<boolean>;
  voice?: ReturnType<typeof voicePreference>;
}

/** Seconds before a completed visitor is sent to the tenant's redirect URL. */
const REDIRECT_SECONDS = 5;

/** The tenant's thank-you message and, on the page itself, the countdown to its redirect URL. */
function ThankYou({ boot }: { boot: PublicBootstrap }) {
  const redirect = boot.mode === 'page' ? boot.branding.redirect_url : undefined;
  const [left, setLeft] = useState(REDIRECT_SECONDS);
  useEffect(() => {
    if (!redirect) return;
    if (left <= 0) {
      location.assign(redirect);
      return;
    }
    const timer = setTimeout(() => setLeft((n) => n - 1), 1000);
    return () => clearTimeout(timer);
  }, [left, redirect]);
  if (!boot.branding.thank_you_message && !redirect) return null;
  return (
    <div className="space-y-2 text-center">
      {boot.branding.thank_you_message && (
        <p className="whitespace-pre-line">{boot.branding.thank_you_message}</p>
      )}
      {redirect && (
        <p className="text-sm text-fg-muted" role="status">
          Taking you on in {left} s… <a href={redirect}>Continue now</a>
        </p>
      )}
    </div>
  );
}

/**
 * The visitor's run in the player's form (the engine's chunk): live from the run's event log, so what the
 * guide fills appears here. Tells the embedding page about step changes and the completion (with the
 * values only when the wizard allows it), and the page around it about the run's progress.
 */
export default function PublicForm({
  boot,
  runId,
  onProgress,
}: {
  boot: PublicBootstrap;
  runId: string;
  onProgress: (progress: FormProgress) => void;
}) {
  const run = useServerRun(runId);
  const status = run.snapshot?.status ?? 'active';
  const step = run.snapshot?.current_step_id;
  const flush = run.flush;
  const announced = useRef<string | undefined>(undefined);

  const guide = run.status === 'ready' ? run.definition.guide : undefined;
  const locale = run.status === 'ready' ? run.definition.settings.locale : undefined;
  useEffect(
    () =>
      onProgress({
        lastSeq: run.lastSeq,
        status,
        flush,
        ...(locale ? { voice: voicePreference(guide ?? {}, locale) } : {}),
      }),
    [onProgress, run.lastSeq, status, flush, guide, locale],
  );
  useEffect(() => {
    if (!step || status !== 'active' || announced.current === step) return;
    announced.current = step;
    postToParent(boot, { type: 'guidepost:step', run_id: runId, step_id: step });
  }, [boot, runId, step, status]);
  const values = run.state?.values;
  useEffect(() => {
    if (status !== 'completed') return;
    postToParent(boot, {
      type: 'guidepost:completed',
      run_id: runId,
      ...(boot.share_values && values ? { values } : {}),
    });
    // Once per completion: values do not change after it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [boot, runId, status]);

  return <Player run={run} completionActions={<ThankYou boot={boot} />} />;
}
