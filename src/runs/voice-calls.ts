import { AccessToken, RoomAgentDispatch, RoomConfiguration } from 'livekit-server-sdk';
import { liveKitSettings, type LiveKitSettings, type VoiceConfig } from '../config/voice.js';
import { DomainError } from '../core/errors.js';
import {
  SIDEKICK_AGENT_NAME,
  WIZARD_AGENT_NAME,
  wizardRoomName,
  type SidekickJobMetadata,
} from '../core/voice-jobs.js';

/** What a browser needs to join a voice call: the room, its participant token (a JWT) and the server URL. */
export interface VoiceCall {
  room_name: string;
  token: string;
  ws_url: string;
}

/** Who joins: a stable participant identity and the name others see. */
export interface VoiceParticipant {
  identity: string;
  name?: string;
}

/** How long a participant token is valid, in seconds (joining and reconnecting within a call). */
const TOKEN_TTL_SECONDS = 60 * 60;

/**
 * Issues LiveKit participant tokens for voice calls, without calling the LiveKit server: the room is created
 * when the first participant joins, and the token's room configuration dispatches the agent (explicit
 * dispatch by agent name, with the job's metadata) into it. Needs LIVEKIT_URL, LIVEKIT_API_KEY and
 * LIVEKIT_API_SECRET; without them every call throws DomainError `unavailable` naming the missing ones.
 */
export class VoiceCalls {
  constructor(private readonly config: VoiceConfig) {}

  /** Whether LiveKit is configured (the web app then offers LiveKit voice instead of the browser's). */
  get configured(): boolean {
    return !('missing' in liveKitSettings(this.config));
  }

  /** A call with a run's guide: room `wizard-<run id>`, agent `wizard-guide-agent`, metadata `{run_id}`. */
  forRun(runId: string, participant: VoiceParticipant): Promise<VoiceCall> {
    return this.issue(wizardRoomName(runId), participant, WIZARD_AGENT_NAME, { run_id: runId });
  }

  /**
   * A call of a user with a sidekick: a room of its own per caller (`sidekick-<id>-<identity>`), agent
   * `sidekick-agent`, metadata `{sidekick_id, tenant_id, user_id}` (the call is stored as a chat thread of
   * that user).
   */
  forSidekick(
    sidekickId: string,
    caller: { tenantId: string; userId: string },
    participant: VoiceParticipant,
  ): Promise<VoiceCall> {
    const metadata: SidekickJobMetadata = {
      sidekick_id: sidekickId,
      tenant_id: caller.tenantId,
      user_id: caller.userId,
    };
    return this.issue(
      `sidekick-${sidekickId}-${participant.identity}`,
      participant,
      SIDEKICK_AGENT_NAME,
      metadata,
    );
  }

  private async issue(
    room: string,
    participant: VoiceParticipant,
    agentName: string,
    metadata: Record<string, string>,
  ): Promise<VoiceCall> {
    const settings = this.settings();
    const token = new AccessToken(settings.apiKey, settings.apiSecret, {
      identity: participant.identity,
      name: participant.name,
      ttl: TOKEN_TTL_SECONDS,
    });
    token.addGrant({
      room,
      roomJoin: true,
      canPublish: true,
      canSubscribe: true,
      canPublishData: true,
    });
    token.roomConfig = new RoomConfiguration({
      agents: [new RoomAgentDispatch({ agentName, metadata: JSON.stringify(metadata) })],
    });
    return { room_name: room, token: await token.toJwt(), ws_url: browserUrl(settings.url) };
  }

  private settings(): LiveKitSettings {
    const settings = liveKitSettings(this.config);
    if ('missing' in settings)
      throw new DomainError(
        'unavailable',
        `voice calls need LiveKit: set ${settings.missing.join(', ')} (LiveKit Cloud, or a local \`livekit-server --dev\`)`,
        { extensions: { missing_settings: settings.missing } },
      );
    return settings;
  }
}

/** The URL a browser connects to: an http(s) server URL becomes ws(s). */
function browserUrl(url: string): string {
  return url.replace(/^http(s?):\/\//, 'ws$1://');
}
