import { voice, type stt, type tts, type VAD } from '@livekit/agents';
import type { Room } from '@livekit/rtc-node';
import { WizardJobMetadataSchema, parseJobMetadata } from '../core/voice-jobs.js';
import { WIZARD_DATA_TOPIC, type VoiceDataMessage } from '../core/voice-messages.js';
import type { RunService } from '../runs/run-service.js';
import type { DataPublisher } from './data-messages.js';
import { goOnByTextWhenDeaf } from './deaf-fallback.js';
import { GuideLLM } from './guide-llm.js';
import { ResilientSTT } from './resilient-stt.js';
import { wizardTools } from './wizard-tools.js';

/** Where voice jobs log (pino's shape). */
export interface VoiceLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** A job as a wizard call sees it: its dispatch metadata, where data messages go, and the room for media. */
export interface WizardJob {
  /** The dispatch metadata (JSON `{run_id}`). */
  metadata: string | undefined;
  /** The agent's participant in the room; null to publish nothing. */
  publisher: DataPublisher | null;
  /** The LiveKit room for audio and text in and out; absent in text-mode tests (session.run). */
  room?: Room;
}

/** What a wizard call needs: the run service and the speech models (none in text mode). */
export interface WizardCallDeps {
  runs: RunService;
  log: VoiceLogger;
  stt?: stt.STT;
  tts?: tts.TTS;
  vad?: VAD | null;
}

/** A wizard guide call under way: the run, the AgentSession driving it, and its agent. */
export interface WizardCall {
  runId: string;
  session: voice.AgentSession;
  agent: voice.Agent;
  /** Ends the session (the run keeps every answer; a later call resumes it). */
  close(): Promise<void>;
}

const INSTRUCTIONS =
  "You are the guide of a Guidepost wizard. Your replies come from the run's guide session, which fills the form through its tools.";

/**
 * Starts a voice call with a run's guide: reads `{run_id}` from the job's metadata, checks the run is there
 * and active, and starts an AgentSession whose model is the run's guide session (GuideLLM: the same session
 * as chat, channel `voice`, speakable replies, transcripts stored in the run) and whose tools publish the
 * seed-shaped data messages. Opens with the guide's greeting and the question the run is at, so a call on
 * a run under way (a dropped job, a second call) resumes where it stood. When the STT fails, the guide says
 * once that it cannot hear (see goOnByTextWhenDeaf), publishes `voice_input_unavailable` and stops listening;
 * typed messages still reach the run. Throws when the metadata is bad, the run does not exist (`not_found`)
 * or is no longer active (`conflict`).
 */
export async function startWizardCall(job: WizardJob, deps: WizardCallDeps): Promise<WizardCall> {
  const { run_id: runId } = parseJobMetadata(WizardJobMetadataSchema, job.metadata);
  const view = await deps.runs.view(runId);
  if (view.run.status !== 'active')
    throw new Error(`run ${runId} is ${view.run.status}: nothing to talk about`);
  const encoder = new TextEncoder();
  const publish = async (message: VoiceDataMessage): Promise<void> => {
    await job.publisher?.publishData(encoder.encode(JSON.stringify(message)), {
      reliable: true,
      topic: WIZARD_DATA_TOPIC,
    });
  };
  const guide = new GuideLLM(
    (text) => deps.runs.sendMessage(runId, text, undefined, { channel: 'voice' }),
    deps.log,
  );
  const agent = new voice.Agent({ instructions: INSTRUCTIONS, tools: wizardTools(guide, publish) });
  const session = new voice.AgentSession({
    llm: guide,
    stt: deps.stt ? new ResilientSTT(deps.stt) : undefined,
    tts: deps.tts,
    vad: deps.vad ?? null,
  });
  goOnByTextWhenDeaf(session, deps.log, { run_id: runId }, (reason) => {
    void publish({
      type: 'voice_input_unavailable',
      data: { reason },
      timestamp: new Date().toISOString(),
    });
  });
  await session.start({ agent, room: job.room });
  const greeting = await deps.runs.greet(runId, undefined, { channel: 'voice' });
  session.say(greeting.reply);
  return { runId, session, agent, close: () => session.close() };
}
