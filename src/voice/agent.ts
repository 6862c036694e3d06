import { defineAgent, log, type JobContext, type JobProcess } from '@livekit/agents';
import { loadConfig } from '../config/config.js';
import { Runtime } from '../runtime/runtime.js';
import { runVoiceJob } from './job.js';
import { speechModels } from './providers.js';

/** What a job process keeps between jobs: its runtime, opened once by `prewarm`. */
interface ProcessData {
  runtime?: Runtime;
}

/**
 * Guidepost's voice agent, for both agent names of `guidepost voice-worker` (see runVoiceJob). Each job
 * process opens one Runtime on the shared PostgreSQL (DATABASE_URL) when it starts, so its runs fire the
 * same webhooks and reach the same live views as the server's, and closes it when the process ends. A job
 * connects to its room, then runs the call with the configured STT, TTS and VAD.
 */
export default defineAgent({
  prewarm: async (proc: JobProcess) => {
    const data = proc.userData as ProcessData;
    data.runtime = await Runtime.open({ config: loadConfig(), log: log(), workers: false });
    await data.runtime.start();
  },
  entry: async (ctx: JobContext) => {
    const data = ctx.proc.userData as ProcessData;
    const runtime =
      data.runtime ?? (await Runtime.open({ config: loadConfig(), log: log(), workers: false }));
    data.runtime = runtime;
    ctx.addShutdownCallback(async () => {
      await runtime.close();
    });
    await ctx.connect();
    await runVoiceJob(
      {
        agentName: ctx.job.agentName,
        metadata: ctx.job.metadata,
        publisher: ctx.room.localParticipant ?? null,
        room: ctx.room,
        shutdown: (reason) => ctx.shutdown(reason),
      },
      {
        runs: runtime.runs,
        sidekicks: runtime.sidekicks,
        chat: runtime.chat,
        log: log(),
        ...speechModels(runtime.config),
      },
    );
  },
});
