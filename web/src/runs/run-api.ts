import { WizardDefinitionBaseSchema, type WizardDefinition } from '../../../src/core/wizard/definition';
import type { RunSnapshot } from '../../../src/core/wizard/snapshot';
import { api } from '../api/http';
import { isApiProblem } from '../api/problem';
import { rememberRunToken } from '../api/run-tokens';
import { runApi } from './run-call';

export { runApi } from './run-call';
import { builtinWizard } from '../wizards/builtin';
import type { StoredEvent } from './live-socket';

/** The metadata key under which the web app records the slug of the wizard it started. */
export const SLUG_METADATA = 'wizard_slug';

/** `GET /api/v1/runs/:id` (and the start answer): the run row, its snapshot and last seq. */
export interface RunStateResponse {
  run: {
    id: string;
    wizard_id: string;
    wizard_version: number;
    status: 'created' | 'active' | 'completed' | 'abandoned';
    channel: 'form' | 'chat' | 'voice';
    metadata: Record<string, unknown>;
    created_at: string;
    updated_at: string;
  };
  snapshot: RunSnapshot;
  last_seq: number;
  /** Sent by servers that include the run's definition. */
  definition?: unknown;
}

/** The answer of `POST /api/v1/runs`. */
export interface StartRunResponse extends RunStateResponse {
  run_token: string;
  greeting: string | null;
}

/**
 * Starts a run of the published wizard with this slug (`channel` chat by default), keeps its run token for
 * this tab and records the slug in the run's metadata. Throws ApiProblem.
 */
export async function startRun(slug: string, channel: 'form' | 'chat' = 'chat'): Promise<StartRunResponse> {
  const started = await api<StartRunResponse>('/api/v1/runs', {
    body: { slug, channel, metadata: { [SLUG_METADATA]: slug } },
  });
  rememberRunToken(started.run.id, started.run_token);
  return started;
}

/**
 * The definition a run follows: the one the server sent with the run, else the built-in wizard named in
 * the run's metadata (bundled from the same JSON the server seeds from), else the published version from
 * the wizards API (signed-in members of the run's tenant). Throws when none is available.
 */
export async function runDefinition(view: RunStateResponse): Promise<WizardDefinition> {
  if (view.definition) {
    const parsed = WizardDefinitionBaseSchema.safeParse(view.definition);
    if (parsed.success) return parsed.data;
  }
  const slug = view.run.metadata[SLUG_METADATA];
  const builtin = typeof slug === 'string' ? builtinWizard(slug) : undefined;
  if (builtin) return builtin;
  try {
    const version = await api<{ definition: unknown }>(
      `/api/v1/wizards/${encodeURIComponent(view.run.wizard_id)}/versions/${view.run.wizard_version}`,
    );
    return WizardDefinitionBaseSchema.parse(version.definition);
  } catch (e) {
    if (isApiProblem(e) && (e.status === 401 || e.status === 404))
      throw new Error('the wizard of this run is not available to you');
    throw e;
  }
}

/** Loads a run: its definition and every event so far (to fold into its state). */
export async function loadRun(
  runId: string,
): Promise<{ view: RunStateResponse; definition: WizardDefinition; events: StoredEvent[] }> {
  const view = await runApi<RunStateResponse>(runId, '');
  const [definition, log] = await Promise.all([
    runDefinition(view),
    runApi<{ events: StoredEvent[] }>(runId, '/events?after_seq=0'),
  ]);
  return { view, definition, events: log.events };
}
