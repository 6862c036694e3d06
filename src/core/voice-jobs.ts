import { z } from 'zod';

/** The LiveKit agent name of the wizard guide: dispatched into `wizard-<run id>` rooms. */
export const WIZARD_AGENT_NAME = 'wizard-guide-agent';
/** The LiveKit agent name of sidekick calls: dispatched into `sidekick-<sidekick id>-…` rooms. */
export const SIDEKICK_AGENT_NAME = 'sidekick-agent';
/** The agent names `guidepost voice-worker` registers. */
export const AGENT_NAMES = [WIZARD_AGENT_NAME, SIDEKICK_AGENT_NAME] as const;
export type AgentName = (typeof AGENT_NAMES)[number];

/** What a wizard guide job is told in its dispatch metadata (JSON): the run to open. */
export const WizardJobMetadataSchema = z.object({ run_id: z.string().uuid() });
export type WizardJobMetadata = z.infer<typeof WizardJobMetadataSchema>;

/**
 * What a sidekick call job is told in its dispatch metadata (JSON): the sidekick, its tenant and the caller
 * (the user whose chat thread holds the call).
 */
export const SidekickJobMetadataSchema = z.object({
  sidekick_id: z.string().min(1),
  tenant_id: z.string().min(1),
  user_id: z.string().min(1),
});
export type SidekickJobMetadata = z.infer<typeof SidekickJobMetadataSchema>;

/** The LiveKit room of a run's voice call. */
export function wizardRoomName(runId: string): string {
  return `wizard-${runId}`;
}

/**
 * Reads a job's metadata (a JSON string) with `schema`. Throws an Error saying what is wrong (not JSON, or
 * which member is missing or bad), for the job to log before it ends.
 */
export function parseJobMetadata<T>(schema: z.ZodType<T>, metadata: string | undefined): T {
  let json: unknown;
  try {
    json = JSON.parse(metadata ?? '');
  } catch {
    throw new Error(`the job's metadata is not JSON: ${JSON.stringify(metadata ?? '')}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new Error(
      `the job's metadata is refused: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}
