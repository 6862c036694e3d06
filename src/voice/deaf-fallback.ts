import { voice } from '@livekit/agents';

/** What the agent says once when speech recognition fails: it goes on by text. */
export const COULD_NOT_HEAR_REPLY =
  "Sorry, I can't hear you right now. Please type your answers in the chat instead, and I'll keep going from there.";

/** Where the fallback logs (pino's shape). */
interface WarnLogger {
  warn(obj: object, msg: string): void;
}

/**
 * Keeps a call going by text when its speech recogniser fails (a ResilientSTT reports the failure as an
 * `stt_error`): the first time, it logs a warning with `context`, stops listening, calls `onDeaf` with the
 * reason (e.g. to tell the browser) and says COULD_NOT_HEAR_REPLY. Typed messages still reach the session.
 */
export function goOnByTextWhenDeaf(
  session: voice.AgentSession,
  log: WarnLogger,
  context: object,
  onDeaf: (reason: string) => void = () => undefined,
): void {
  let heard = true;
  session.on(voice.AgentSessionEventTypes.Error, (event) => {
    if (event.error.type !== 'stt_error' || !heard) return;
    heard = false;
    log.warn({ err: event.error.error, ...context }, 'speech recognition failed; the call goes on by text');
    session.input.setAudioEnabled(false);
    onDeaf(event.error.error.message);
    session.say(COULD_NOT_HEAR_REPLY);
  });
}
