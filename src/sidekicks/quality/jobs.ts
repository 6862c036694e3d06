/** The durable queue of quality runs: one job per run, by id (see executeRun). */
export const QUALITY_RUN_QUEUE = 'quality-run';

/** A quality run's job. */
export interface QualityRunJob {
  runId: string;
}
