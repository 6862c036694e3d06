import { mapLimit } from './http-setup.js';
import { quantile } from './stats.js';

/**
 * "Chat visitors": `visitors` anonymous visitors at once, each starting a chat run of the built-in
 * `lead-capture` (by slug, in the default tenant, with its run token) and sending it five messages one after
 * the other, as a lead-capture page with a guide sees them.
 */

/** Five turns of a visitor (from src/builtin/conversations/lead-corrections.txt). */
const MESSAGES = [
  'good afternoon! Hana Sato, hana@kumo.dev',
  'no phone thanks',
  'Kumo Labs, and our budget is roughly eight grand',
  "we'd like to begin on the 2nd of March 2027",
  'yes you may',
];

/** What the scenario measured: latencies (ms) of the starts and of the messages, and the failures. */
export interface ChatFigures {
  visitors: number;
  seconds: number;
  messages: number;
  messagesPerSecond: number;
  startP50: number;
  startP99: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  /** The first failure, to say what went wrong. */
  firstError?: string;
}

async function timed(base: string, path: string, body: unknown, token?: string) {
  const t0 = performance.now();
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { 'x-run-token': token } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const ms = performance.now() - t0;
  if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${text.slice(0, 200)}`);
  return { ms, json: JSON.parse(text) as Record<string, unknown> };
}

/** Runs the scenario against the server at `base`. */
export async function chatVisitors(base: string, visitors: number): Promise<ChatFigures> {
  const starts: number[] = [];
  const messages: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const t0 = performance.now();
  await mapLimit(
    Array.from({ length: visitors }, (_, i) => i),
    visitors,
    async () => {
      try {
        const started = await timed(base, '/api/v1/runs', { slug: 'lead-capture', channel: 'chat' });
        starts.push(started.ms);
        const run = started.json.run as { id: string };
        const token = started.json.run_token as string;
        for (const text of MESSAGES) {
          const sent = await timed(base, `/api/v1/runs/${run.id}/messages`, { text }, token);
          messages.push(sent.ms);
        }
      } catch (error) {
        errors++;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    },
  );
  const seconds = (performance.now() - t0) / 1000;
  return {
    visitors,
    seconds,
    messages: messages.length,
    messagesPerSecond: messages.length / seconds,
    startP50: quantile(starts, 0.5),
    startP99: quantile(starts, 0.99),
    p50: quantile(messages, 0.5),
    p99: quantile(messages, 0.99),
    max: quantile(messages, 1),
    errors,
    firstError,
  };
}
