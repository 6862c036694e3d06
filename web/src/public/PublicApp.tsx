import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { PublicBootstrap } from '../../../src/core/public-page';
import { GuidePanel } from '../guide/GuidePanel';
import { useServerGuide } from '../runs/useServerGuide';
import { cx } from '../ui/cx';
import { useVoiceCall } from '../voice/useVoiceCall';
import { postToParent, reportHeight } from './embed-bridge';
import type { FormProgress } from './PublicForm';
import { ResumeLink } from './ResumeLink';
import { openVisitorRun, watchLeaving, type VisitorRun } from './visitor-run';

// The form needs the engine (src/core): it loads right after the first render, the chat does not wait for it.
const PublicForm = lazy(() => import('./PublicForm'));

/** The tenant's logo and name, and the wizard's name and description. */
function Masthead({ boot }: { boot: PublicBootstrap }) {
  return (
    <header className="space-y-3">
      <div className="flex items-center gap-3 text-sm font-medium text-fg-muted">
        {boot.branding.logo_url && (
          <img src={boot.branding.logo_url} alt="" className="h-8 w-auto max-w-40 object-contain" />
        )}
        <span>{boot.tenant.name}</span>
      </div>
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{boot.wizard.name}</h1>
      {boot.wizard.description && <p className="max-w-2xl text-fg-muted">{boot.wizard.description}</p>}
    </header>
  );
}

/**
 * The guide's chat for the visitor's run, with the same voice button as the signed-in player (LiveKit when
 * the server has it, else the browser's own speech); `progress` links it to the form once the form has
 * loaded, and gives the voice the wizard's language and the guide's voice.
 */
function GuideChat({
  boot,
  runId,
  progress,
}: {
  boot: PublicBootstrap;
  runId: string;
  progress: FormProgress;
}) {
  const { flush } = progress;
  const beforeSend = useCallback(() => flush?.() ?? Promise.resolve(true), [flush]);
  const guide = useServerGuide(runId, { lastSeq: progress.lastSeq, beforeSend });
  const voice = useVoiceCall({
    runId,
    messages: guide.messages,
    sendMessage: guide.sendMessage,
    lang: progress.voice?.lang ?? (document.documentElement.lang || 'en'),
    gender: progress.voice?.gender,
    onTranscript: guide.reload,
  });
  return (
    <GuidePanel
      name={boot.wizard.guide_name}
      subtitle={`Your guide for ${boot.wizard.name}`}
      messages={guide.messages}
      pending={guide.pending}
      sendMessage={guide.sendMessage}
      voice={voice}
      notice={guide.error ? `The guide is unavailable: ${guide.error}` : undefined}
      className="h-[32rem] lg:sticky lg:top-6"
    />
  );
}

/**
 * The public player: the tenant's masthead, the wizard's form and its guide chat on the visitor's run
 * (started, resumed from a link, or reopened on this browser; see openVisitorRun), and the resume link; when
 * the visitor leaves an unfinished run the server is told, to email the link (see watchLeaving). In an embed
 * it tells the embedding page when the run starts and reports its height (inline mode).
 */
export function PublicApp({ boot }: { boot: PublicBootstrap }) {
  const [run, setRun] = useState<VisitorRun | null>(null);
  const [error, setError] = useState<string>();
  const [progress, setProgress] = useState<FormProgress>({ lastSeq: 0, status: 'active' });

  useEffect(() => {
    let cancelled = false;
    openVisitorRun(boot).then(
      (opened) => {
        if (cancelled) return;
        setRun(opened);
        postToParent(boot, { type: 'guidepost:started', run_id: opened.runId });
      },
      (e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [boot]);
  useEffect(() => reportHeight(boot), [boot]);
  // A visitor who leaves an unfinished run gets its resume link by email (when it holds an address).
  const active = progress.status === 'active';
  useEffect(() => (run && active ? watchLeaving(run) : undefined), [run, active]);

  const embedded = boot.mode !== 'page';
  return (
    <main
      className={cx('mx-auto max-w-6xl space-y-6', embedded ? 'p-3 sm:p-4' : 'px-4 py-8 sm:px-6 sm:py-12')}
    >
      {!embedded && <Masthead boot={boot} />}
      {error && (
        <p role="alert" className="rounded-xl border border-danger/40 bg-danger-soft p-4 text-sm">
          This wizard could not start: {error}
        </p>
      )}
      {!run && !error && (
        <p role="status" className="py-16 text-center text-fg-muted">
          Starting…
        </p>
      )}
      {run && (
        <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
          <Suspense
            fallback={
              <p role="status" className="rounded-2xl border border-line bg-surface p-8 text-fg-muted">
                Loading the form…
              </p>
            }
          >
            <PublicForm boot={boot} runId={run.runId} onProgress={setProgress} />
          </Suspense>
          <GuideChat boot={boot} runId={run.runId} progress={progress} />
        </div>
      )}
      {run && progress.status === 'active' && <ResumeLink url={run.resumeUrl} />}
      {!embedded && <footer className="pt-4 text-center text-xs text-fg-subtle">Powered by Guidepost</footer>}
    </main>
  );
}
