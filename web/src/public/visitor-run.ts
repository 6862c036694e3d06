import type { PublicBootstrap } from '../../../src/core/public-page';
import { api } from '../api/http';
import { isApiProblem } from '../api/problem';
import { rememberRunToken } from '../api/run-tokens';

/** A visitor's run on a public page: its id, its token and the link that reopens it anywhere. */
export interface VisitorRun {
  runId: string;
  token: string;
  resumeUrl: string;
}

const RESUME = /^#resume=([0-9a-f-]{36})\.(rt_[A-Za-z0-9_-]+)$/;

const storageKey = (boot: PublicBootstrap) => `guidepost.public-run.${boot.tenant.slug}/${boot.wizard.slug}`;

/** The page's address without query or fragment. */
function pageAddress(boot: PublicBootstrap): string {
  return `${location.origin}/w/${boot.tenant.slug}/${boot.wizard.slug}`;
}

/** The resume link of a run: the page's address with `#resume=<run id>.<token>` (the token never reaches a server). */
export function resumeUrlOf(boot: PublicBootstrap, runId: string, token: string): string {
  return `${pageAddress(boot)}#resume=${runId}.${token}`;
}

/** The run named by a resume fragment (`#resume=<run id>.<token>`), or null. */
export function parseResume(hash: string): { runId: string; token: string } | null {
  const match = RESUME.exec(hash);
  return match ? { runId: match[1]!, token: match[2]! } : null;
}

function remembered(boot: PublicBootstrap): { runId: string; token: string } | null {
  try {
    const saved = JSON.parse(localStorage.getItem(storageKey(boot)) ?? 'null') as unknown;
    if (saved && typeof saved === 'object' && 'runId' in saved && 'token' in saved)
      return saved as { runId: string; token: string };
  } catch {
    // Storage disabled or garbled: start afresh.
  }
  return null;
}

function remember(boot: PublicBootstrap, run: { runId: string; token: string }): void {
  rememberRunToken(run.runId, run.token);
  try {
    localStorage.setItem(storageKey(boot), JSON.stringify(run));
  } catch {
    // Private mode: the resume link still works.
  }
}

/** Whether the run can still be filled (a 404 means the token no longer opens it). */
async function isOpen(run: { runId: string; token: string }): Promise<boolean> {
  try {
    const view = await api<{ run: { status: string } }>(`/api/v1/runs/${run.runId}`, { runToken: run.token });
    return view.run.status === 'active' || view.run.status === 'created';
  } catch (e) {
    if (isApiProblem(e) && e.status === 404) return false;
    throw e;
  }
}

/**
 * The visitor's run: the one a resume link names (whatever its state: it shows the run as it is), else the
 * one this browser started and can still fill, else a new chat run started with `POST /api/v1/execute`
 * (with the page's visitor id and attribution). Keeps the run for this browser (localStorage) and its
 * token for the run API. Throws ApiProblem when the run cannot be started.
 */
export async function openVisitorRun(boot: PublicBootstrap, hash = location.hash): Promise<VisitorRun> {
  const resumed = parseResume(hash);
  if (resumed) {
    remember(boot, resumed);
    history.replaceState(null, '', location.pathname + location.search);
    return { ...resumed, resumeUrl: resumeUrlOf(boot, resumed.runId, resumed.token) };
  }
  const saved = remembered(boot);
  if (saved && (await isOpen(saved))) {
    remember(boot, saved);
    return { ...saved, resumeUrl: resumeUrlOf(boot, saved.runId, saved.token) };
  }
  const started = await api<{ run: { id: string }; run_token: string }>(
    `/api/v1/execute/${encodeURIComponent(boot.tenant.slug)}/${encodeURIComponent(boot.wizard.slug)}`,
    { body: { channel: 'chat', visitor_id: boot.visitor_id, attribution: boot.attribution } },
  );
  const run = { runId: started.run.id, token: started.run_token };
  remember(boot, run);
  return { ...run, resumeUrl: resumeUrlOf(boot, run.runId, run.token) };
}

/**
 * Tells the server the visitor left the page (`POST /api/v1/runs/:id/left` with the run token), so it emails
 * the resume link later when the run holds an email address. A keepalive request, so it outlives the page;
 * a failure changes nothing for the visitor.
 */
export function reportLeft(run: Pick<VisitorRun, 'runId' | 'token'>): void {
  fetch(`/api/v1/runs/${encodeURIComponent(run.runId)}/left`, {
    method: 'POST',
    keepalive: true,
    headers: { 'x-run-token': run.token },
  }).catch(() => undefined);
}

/**
 * Reports the visitor leaving (see reportLeft) each time the page is hidden: the tab closed or switched, a
 * navigation away, the phone locked. The server queues one email per state of the run, so repeats are
 * harmless. Returns the function that stops watching.
 */
export function watchLeaving(run: Pick<VisitorRun, 'runId' | 'token'>): () => void {
  const onHidden = () => {
    if (document.visibilityState === 'hidden') reportLeft(run);
  };
  document.addEventListener('visibilitychange', onHidden);
  return () => document.removeEventListener('visibilitychange', onHidden);
}
