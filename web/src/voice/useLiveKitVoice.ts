import type { RemoteTrack, Room } from 'livekit-client';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { runApi } from '../runs/run-call';
import type { VoiceCall, VoiceStatus } from './types';

/** The answer of `POST /api/v1/runs/:id/voice`. */
interface VoiceCallGrant {
  room_name: string;
  token: string;
  ws_url: string;
}

/** The text stream topic LiveKit agents publish transcriptions on (both sides of the call). */
const TRANSCRIPTION_TOPIC = 'lk.transcription';

/**
 * A voice call with the run's guide through LiveKit: asks the server for a participant token (which
 * dispatches the guide agent into the run's room), joins with livekit-client, publishes the microphone and
 * plays the guide. Shows who is speaking (the room's active speakers), live captions of both sides (the
 * agent's transcription text streams), mute, hang up, and reconnects by itself after a network drop
 * (livekit-client's resume); when that fails the call is `dropped` and `start` joins again. The form fills
 * as the guide's tool calls land, through the run's live stream; `onTranscript` is called when a line is
 * final so the chat shows the stored transcript. livekit-client loads with the first call, so a page with a
 * voice button does not carry it.
 */
export function useLiveKitVoice(
  runId: string | undefined,
  onTranscript: () => void,
): Omit<VoiceCall, 'mode' | 'unavailable' | 'listening' | 'setListening' | 'talk'> {
  const [status, setStatus] = useState<VoiceStatus>('idle');
  const [speaking, setSpeaking] = useState<'you' | 'guide' | null>(null);
  const [muted, setMuted] = useState(false);
  const [captions, setCaptions] = useState<{ you?: string; guide?: string }>({});
  const [error, setError] = useState<string>();
  const room = useRef<Room | null>(null);
  const leaving = useRef(false);
  const transcript = useRef(onTranscript);
  useLayoutEffect(() => {
    transcript.current = onTranscript;
  });

  const hangUp = useCallback(() => {
    leaving.current = true;
    void room.current?.disconnect();
    room.current = null;
    setStatus('idle');
    setSpeaking(null);
    setCaptions({});
  }, []);

  useEffect(() => hangUp, [hangUp]);

  const start = useCallback(() => {
    if (!runId || room.current || status === 'connecting') return;
    leaving.current = false;
    setError(undefined);
    setStatus('connecting');
    void (async () => {
      let r: Room | null = null;
      try {
        const { Room, RoomEvent, Track } = await import('livekit-client');
        if (leaving.current) return;
        r = new Room({ adaptiveStream: true, dynacast: true });
        const joined = r;
        room.current = joined;
        joined.on(RoomEvent.ActiveSpeakersChanged, (speakers) => {
          if (speakers.some((p) => p.isLocal)) setSpeaking('you');
          else setSpeaking(speakers.length > 0 ? 'guide' : null);
        });
        joined.on(RoomEvent.TrackSubscribed, (track: RemoteTrack) => {
          if (track.kind === Track.Kind.Audio) document.body.appendChild(track.attach());
        });
        joined.on(RoomEvent.TrackUnsubscribed, (track: RemoteTrack) =>
          track.detach().forEach((el) => el.remove()),
        );
        joined.on(RoomEvent.Reconnecting, () => setStatus('reconnecting'));
        joined.on(RoomEvent.Reconnected, () => setStatus('active'));
        joined.on(RoomEvent.Disconnected, () => {
          room.current = null;
          setSpeaking(null);
          if (!leaving.current) {
            setStatus('dropped');
            setError('the call was cut off');
          }
        });
        joined.registerTextStreamHandler(TRANSCRIPTION_TOPIC, async (reader, participant) => {
          const side = participant.identity === joined.localParticipant.identity ? 'you' : 'guide';
          let text = '';
          for await (const chunk of reader) {
            text += chunk;
            setCaptions((c) => ({ ...c, [side]: text }));
          }
          if (reader.info.attributes?.['lk.transcription_final'] !== 'false') {
            setCaptions((c) => ({ ...c, [side]: undefined }));
            transcript.current();
          }
        });
        const grant = await runApi<VoiceCallGrant>(runId, '/voice', { method: 'POST' });
        await joined.connect(grant.ws_url, grant.token);
        await joined.localParticipant.setMicrophoneEnabled(true);
        setMuted(false);
        setStatus('active');
      } catch (e) {
        leaving.current = true;
        void r?.disconnect();
        room.current = null;
        setStatus('idle');
        setError(e instanceof Error ? e.message : String(e));
      }
    })();
  }, [runId, status]);

  const toggleMute = useCallback(() => {
    const r = room.current;
    if (!r) return;
    setMuted((m) => {
      void r.localParticipant.setMicrophoneEnabled(m);
      return !m;
    });
  }, []);

  return { status, speaking, muted, captions, error, start, hangUp, toggleMute };
}
