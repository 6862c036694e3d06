import { voice } from '@livekit/agents';
import { SIDEKICK_AGENT_NAME, WIZARD_AGENT_NAME } from '../core/voice-jobs.js';
import { startSidekickCall, type SidekickCallDeps } from './sidekick-call.js';
import { startWizardCall, type WizardCallDeps, type WizardJob } from './wizard-call.js';

/** A LiveKit job as Guidepost's voice agents see it (a JobContext adapts to it; tests make one). */
export interface VoiceJob extends WizardJob {
  /** The agent name the job was dispatched to (`wizard-guide-agent` or `sidekick-agent`). */
  agentName: string;
  /** Ends the job, saying why. */
  shutdown(reason: string): void;
}

/** What voice jobs need: the services of both kinds of call (see WizardCallDeps, SidekickCallDeps). */
export type VoiceJobDeps = WizardCallDeps & SidekickCallDeps;

/**
 * Runs one voice job: a wizard guide call for `wizard-guide-agent` (see startWizardCall) or a sidekick call
 * for `sidekick-agent` (see startSidekickCall), ending the job when its session closes. A job that cannot
 * start (bad metadata, an unknown or finished run, an unknown sidekick, an agent name this worker does not
 * serve) ends at once with a logged error `the voice job could not start` and the reason given to
 * `shutdown`. Never throws.
 */
export async function runVoiceJob(job: VoiceJob, deps: VoiceJobDeps): Promise<void> {
  try {
    if (job.agentName === WIZARD_AGENT_NAME) {
      const call = await startWizardCall(job, deps);
      call.session.on(voice.AgentSessionEventTypes.Close, () =>
        job.shutdown(`the call with run ${call.runId} ended`),
      );
      deps.log.info({ run_id: call.runId }, 'voice call started');
      return;
    }
    if (job.agentName === SIDEKICK_AGENT_NAME) {
      const call = await startSidekickCall(job, deps);
      call.session.on(voice.AgentSessionEventTypes.Close, () =>
        job.shutdown(`the call with sidekick ${call.sidekickId} ended`),
      );
      deps.log.info({ sidekick_id: call.sidekickId, thread_id: call.threadId }, 'voice call started');
      return;
    }
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
