/**
 * Run tokens of anonymous runs, kept in sessionStorage (this tab, survives a reload) under
 * `guidepost.run-token.<runId>`. Signed-in callers do not need them, but keeping one does no harm.
 */
const key = (runId: string) => `guidepost.run-token.${runId}`;

/** The stored token of a run, if any. */
export function runToken(runId: string): string | undefined {
  try {
    return sessionStorage.getItem(key(runId)) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a run's token for this tab. */
export function rememberRunToken(runId: string, token: string): void {
  try {
    sessionStorage.setItem(key(runId), token);
  } catch {
    // Storage disabled (private mode): the run works until the tab reloads.
  }
}
