import autocannon, { type AutocannonRequest } from 'autocannon';
import type { BenchRun } from './http-setup.js';

/** HTTP load through autocannon: one fixed cycle of requests per connection, and the figures it yields. */

/** What one load test measured. Latencies in milliseconds. */
export interface LoadFigures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Response count per HTTP status. */
  statuses: Record<string, number>;
  /** The first response body seen for each non-2xx status (shortened), to say what went wrong. */
  samples: Map<number, string>;
}

/**
 * Runs `lanes.length` connections for `seconds` against `base`; connection i sends the requests of
 * `lanes[i]` in a loop, so connections never share a run unless the lanes do.
 */
export async function runLoad(
  base: string,
  lanes: AutocannonRequest[][],
  seconds: number,
): Promise<LoadFigures> {
  const samples = new Map<number, string>();
  const onResponse = (status: number, body: string) => {
    if ((status < 200 || status > 299) && !samples.has(status)) samples.set(status, body.slice(0, 300));
  };
  let next = 0;
  const result = await autocannon({
    url: base,
    connections: lanes.length,
    duration: seconds,
    timeout: 30,
    // A placeholder; setupClient replaces it with the connection's lane.
    requests: [{ method: 'GET', path: '/health' }],
    setupClient: (client) => {
      const lane = lanes[next++ % lanes.length]!;
      client.setRequests(lane.map((r) => ({ ...r, onResponse })));
    },
  });
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count]),
  );
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statuses,
    samples,
  };
}

const JSON_HEADERS = { 'content-type': 'application/json' };

/**
 * "Set a field value": one run per connection (by its run token, as the form of an anonymous visitor),
 * alternating two valid values of the text field `full_name`.
 */
export function setFieldLanes(runs: readonly BenchRun[]): AutocannonRequest[][] {
  return runs.map((run) =>
    ['Ada Lovelace', 'Grace Hopper'].map((name) => ({
      method: 'PATCH',
      path: `/api/v1/runs/${run.id}/values`,
      headers: { ...JSON_HEADERS, 'x-run-token': run.runToken },
      body: JSON.stringify({ values: { full_name: name } }),
    })),
  );
}
