import { voice } from '@livekit/agents';
import { SIDEKICK_AGENT_NAME, WIZARD_AGENT_NAME } from '../core/voice-jobs.js';
import { startWizardCall, type WizardCallDeps, type WizardJob } from './wizard-call.js';

/** A LiveKit job as Guidepost's voice agents see it (a JobContext adapts to it; tests make one). */
export interface VoiceJob extends WizardJob {
  /** The agent name the job was dispatched to (`wizard-guide-agent` or `sidekick-agent`). */
  agentName: string;
  /** Ends the job, saying why. */
  shutdown(reason: string): void;
}

/**
 * Runs one voice job: a wizard guide call for `wizard-guide-agent` (see startWizardCall), ending the job
 * when its session closes. A job that cannot start (bad metadata, an unknown or finished run, an agent
 * name this worker does not serve) ends at once with a logged error `the voice job could not start` and
 * the reason given to `shutdown`. Never throws.
 */
export async function runVoiceJob(job: VoiceJob, deps: WizardCallDeps): Promise<void> {
  try {
    if (job.agentName === WIZARD_AGENT_NAME) {
      const call = await startWizardCall(job, deps);
      call.session.on(voice.AgentSessionEventTypes.Close, () =>
        job.shutdown(`the call with run ${call.runId} ended`),
      );
      deps.log.info({ run_id: call.runId }, 'voice call started');
      return;
    }
    if (job.agentName === SIDEKICK_AGENT_NAME)
      throw new Error('sidekick calls are not served by this version of the voice worker');
    throw new Error(`no voice agent is named ${JSON.stringify(job.agentName)}`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    deps.log.error(
      { err: error, agent_name: job.agentName, metadata: job.metadata },
      'the voice job could not start',
    );
    job.shutdown(reason);
  }
}
