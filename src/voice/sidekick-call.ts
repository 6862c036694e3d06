import { voice, type stt, type tts, type VAD } from '@livekit/agents';
import type { Room } from '@livekit/rtc-node';
import { parseJobMetadata, SidekickJobMetadataSchema } from '../core/voice-jobs.js';
import { speakable } from '../guide/speakable.js';
import type { ChatService } from '../sidekicks/chat/service.js';
import type { SidekickService } from '../sidekicks/service.js';
import { goOnByTextWhenDeaf } from './deaf-fallback.js';
import { ResilientSTT } from './resilient-stt.js';
import { SidekickLLM } from './sidekick-llm.js';
import type { VoiceLogger } from './wizard-call.js';

/** A job as a sidekick call sees it: its dispatch metadata and the room for media. */
export interface SidekickJob {
  /** The dispatch metadata (JSON `{sidekick_id, tenant_id, user_id}`). */
  metadata: string | undefined;
  /** The LiveKit room for audio and text in and out; absent in text-mode tests (session.run). */
  room?: Room;
}

/** What a sidekick call needs: the sidekicks, their chat threads, and the speech models (none in text mode). */
export interface SidekickCallDeps {
  sidekicks: SidekickService;
  chat: ChatService;
  log: VoiceLogger;
  stt?: stt.STT;
  tts?: tts.TTS;
  vad?: VAD | null;
}

/** A sidekick call under way: the sidekick, the chat thread holding the call, the AgentSession and its agent. */
export interface SidekickCall {
  sidekickId: string;
  /** The caller's chat thread the call's questions and answers are stored in (the web Chat tab shows it). */
  threadId: string;
  session: voice.AgentSession;
  agent: voice.Agent;
  /** Ends the session (the thread keeps every answer). */
  close(): Promise<void>;
}

/**
 * Starts a voice call with a sidekick: reads `{sidekick_id, tenant_id, user_id}` from the job's metadata,
 * loads the sidekick in its tenant, opens a new chat thread of the caller with it, and starts an AgentSession
 * whose model is the sidekick's chat path (SidekickLLM over ChatService.ask on the voice channel: the
 * embedded answerer, or the LLM with `search_knowledge`, the sidekick's persona and prompt layers), so every
 * question and cited answer of the call is stored in the thread. Opens with the sidekick's greeting. When
 * the STT fails it says once that it cannot hear and goes on by text (see goOnByTextWhenDeaf). Throws when
 * the metadata is bad or the sidekick is not in the tenant (`not_found`).
 */
export async function startSidekickCall(job: SidekickJob, deps: SidekickCallDeps): Promise<SidekickCall> {
  const metadata = parseJobMetadata(SidekickJobMetadataSchema, job.metadata);
  const owner = { tenantId: metadata.tenant_id, userId: metadata.user_id };
  const sidekick = await deps.sidekicks.get(owner.tenantId, metadata.sidekick_id);
  const thread = await deps.chat.createThread(owner, sidekick.id);
  const model = new SidekickLLM(
    (question, sink) => deps.chat.ask(owner, thread.id, question, sink, { channel: 'voice' }),
    deps.log,
  );
  const agent = new voice.Agent({
    instructions: `You are ${sidekick.name}. Your replies come from your knowledge base, through Guidepost's chat.`,
  });
  const session = new voice.AgentSession({
    llm: model,
    stt: deps.stt ? new ResilientSTT(deps.stt) : undefined,
    tts: deps.tts,
    vad: deps.vad ?? null,
  });
  goOnByTextWhenDeaf(session, deps.log, { sidekick_id: sidekick.id, thread_id: thread.id });
  await session.start({ agent, room: job.room });
  session.say(
    speakable(sidekick.greeting?.trim() || `Hi, I'm ${sidekick.name}. What would you like to know?`),
  );
  return { sidekickId: sidekick.id, threadId: thread.id, session, agent, close: () => session.close() };
}
