import { AgentServer, initializeLogger, ServerOptions } from '@livekit/agents';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config/config.js';
import { liveKitSettings, missingProviderKeys } from '../config/voice.js';
import { AGENT_NAMES } from '../core/voice-jobs.js';

/** The voice workers of one process, one per agent name. */
export interface VoiceWorkers {
  /** Settles when a worker stops by itself: rejects with its error (e.g. the server stayed unreachable). */
  done: Promise<void>;
  /** Drains and stops the workers. */
  close(): Promise<void>;
}

/**
 * What keeps `guidepost voice-worker` from starting, in words that name the settings: the LIVEKIT_*
 * connection, DATABASE_URL (its job processes and the server share one PostgreSQL; an embedded PGlite
 * directory serves one process), and the provider keys of the chosen STT and TTS. Empty when it can start.
 */
export function voiceWorkerProblems(config: Config): string[] {
  const problems: string[] = [];
  const livekit = liveKitSettings(config);
  if ('missing' in livekit) problems.push(`set ${livekit.missing.join(', ')} to reach your LiveKit server`);
  if (!config.DATABASE_URL)
    problems.push(
      'set DATABASE_URL: voice jobs run in processes of their own that share the server’s PostgreSQL',
    );
  const keys = missingProviderKeys(config);
  if (keys.length > 0)
    problems.push(
      `set ${keys.join(' and ')} for STT ${config.GUIDEPOST_VOICE_STT} and TTS ${config.GUIDEPOST_VOICE_TTS} (or choose other providers with GUIDEPOST_VOICE_STT / GUIDEPOST_VOICE_TTS)`,
    );
  return problems;
}

/**
 * Starts one `@livekit/agents` worker per agent name (`wizard-guide-agent`, `sidekick-agent`), registered
 * with the LiveKit server for explicit dispatch: a participant token's room configuration names the agent
 * and LiveKit sends the job here. Each job runs in a process of its own that loads ./agent.mjs. Health
 * checks listen on GUIDEPOST_VOICE_WORKER_PORT and the port after it. Throws when voiceWorkerProblems has any.
 */
export function startVoiceWorkers(config: Config): VoiceWorkers {
  const problems = voiceWorkerProblems(config);
  if (problems.length > 0) throw new Error(problems.join('; '));
  const livekit = liveKitSettings(config) as { url: string; apiKey: string; apiSecret: string };
  const logLevel = config.LOG_LEVEL === 'silent' ? 'fatal' : config.LOG_LEVEL;
  initializeLogger({ pretty: false, level: logLevel });
  const agent = fileURLToPath(new URL('./agent.mjs', import.meta.url));
  const servers = AGENT_NAMES.map(
    (agentName, i) =>
      new AgentServer(
        new ServerOptions({
          agent,
          agentName,
          wsURL: livekit.url,
          apiKey: livekit.apiKey,
          apiSecret: livekit.apiSecret,
          port: config.GUIDEPOST_VOICE_WORKER_PORT + i,
          logLevel,
          production: process.env.NODE_ENV === 'production',
        }),
      ),
  );
  let closing = false;
  const running = servers.map((server) => server.run());
  const done = Promise.all(running).then(
    () => undefined,
    (error: unknown) => {
      if (!closing) throw error;
    },
  );
  return {
    done,
    async close() {
      closing = true;
      await Promise.all(servers.map((server) => server.close()));
      await done;
    },
  };
}
