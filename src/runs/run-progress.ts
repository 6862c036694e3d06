import { snapshotRun } from '../core/wizard/snapshot.js';
import type { Db } from '../db/client.js';
import { loadDefinitions, versionKey, type RunListItem } from '../db/run-queries.js';

/** A run's progress: required fields answered, required fields of its pinned version, percent answered. */
export interface RunProgress {
  answered: number;
  required: number;
  percent: number;
}

/**
 * Each run's progress (required fields answered of those required, as the player counts them) from its
 * values and its pinned version's definition, in the order of `items`; null for a run whose version cannot
 * be read. One query for the definitions, whatever the number of runs.
 */
export async function runProgress(db: Db, items: readonly RunListItem[]): Promise<Array<RunProgress | null>> {
  const definitions = await loadDefinitions(
    db,
    items.map((r) => ({ wizardId: r.wizardId, version: r.wizardVersion })),
  );
  return items.map((run) => {
    const definition = definitions.get(versionKey(run.wizardId, run.wizardVersion));
    if (!definition) return null;
    const at = run.updatedAt.toISOString();
    return snapshotRun(definition, {
      wizard_id: run.wizardId,
      wizard_version: run.wizardVersion,
      status: run.status === 'created' ? 'active' : run.status,
      current_step_id: run.currentStepId ?? definition.steps[0]?.id ?? '',
      values: run.values,
      provenance: {},
      history: [],
      reference_date: at.slice(0, 10),
      started_at: run.createdAt.toISOString(),
      updated_at: at,
      event_count: run.lastSeq,
    }).progress;
  });
}
