import { benchAnalytics } from './analytics.bench.js';
import { benchGuideTurns } from './guide-turns.bench.js';
import { benchHttp } from './http.bench.js';
import { benchPlayerSize } from './player-size.js';
import { benchQuickJs } from './quickjs.bench.js';
import { benchRetrieval } from './retrieval.bench.js';
import { benchRunEngine } from './run-engine.bench.js';
import { benchRunEventAppends } from './run-events.bench.js';
import { benchVoiceLatency } from './voice-latency.bench.js';

/** `npm run bench`: runs every benchmark in turn and prints its figures. Benchmarks never fail a build. */
for (const bench of [
  benchGuideTurns,
  benchVoiceLatency,
  benchRunEngine,
  benchRunEventAppends,
  benchHttp,
  benchPlayerSize,
  benchQuickJs,
  benchAnalytics,
  benchRetrieval,
]) {
  try {
    await bench();
  } catch (error) {
    console.log(`${bench.name}: failed (${error instanceof Error ? error.message : String(error)})`);
  }
}
