/**
 * The part of autocannon 9's programmatic API the HTTP benchmark uses (the package ships no types).
 * See https://github.com/mcollina/autocannon#api.
 */
declare module 'autocannon' {
  /** One request of a connection's cycle. */
  export interface AutocannonRequest {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    /** Called with each response to this request; the body is the raw text. */
    onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
  }

  /** A connection, as `setupClient` receives it. */
  export interface AutocannonClient {
    /** Replaces the connection's cycle of requests. */
    setRequests(requests: AutocannonRequest[]): void;
  }

  export interface AutocannonOptions {
    url: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    /** Seconds before a request counts as timed out. */
    timeout?: number;
    requests?: AutocannonRequest[];
    setupClient?: (client: AutocannonClient) => void;
  }

  /** A histogram summary; latency in milliseconds, requests in requests per second. */
  export interface Histogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p99: number;
  }

  export interface AutocannonResult {
    requests: Histogram & { sent: number };
    latency: Histogram;
    /** Seconds. */
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
    statusCodeStats: Record<string, { count: number }>;
  }

  /** Runs a load test; resolves with its figures when no callback is given. */
  export default function autocannon(options: AutocannonOptions): Promise<AutocannonResult>;
}
