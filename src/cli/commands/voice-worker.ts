import { loadConfig } from '../../config/config.js';
import { AGENT_NAMES } from '../../core/voice-jobs.js';
import { startVoiceWorkers, voiceWorkerProblems } from '../../voice/worker.js';

/**
 * `guidepost voice-worker`: runs the LiveKit agent workers of the wizard guide and of sidekick calls (see
 * startVoiceWorkers) until SIGINT or SIGTERM. Refuses to start, naming every missing setting, when LiveKit,
 * DATABASE_URL or the speech providers' keys are not configured (exit code 1).
 */
export async function voiceWorkerCommand(): Promise<void> {
  const config = loadConfig();
  const problems = voiceWorkerProblems(config);
  if (problems.length > 0) {
    console.error(`guidepost voice-worker cannot start:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exitCode = 1;
    return;
  }
  const workers = startVoiceWorkers(config);
  console.error(`guidepost voice-worker: serving ${AGENT_NAMES.join(' and ')} at ${config.LIVEKIT_URL}`);
  const stopped = new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  try {
    await Promise.race([stopped, workers.done]);
    await workers.close();
  } catch (error) {
    console.error(
      `guidepost voice-worker stopped: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  }
}
