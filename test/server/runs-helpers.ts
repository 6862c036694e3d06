import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type {
  EventsResponse,
  MessageResponse,
  RunListResponse,
  StartRunResponse,
  TranscriptResponse,
} from '../../src/server/routes/runs/schemas.js';

/** Response bodies of the runs API, as tests read them. */
export type StartJson = z.infer<typeof StartRunResponse>;
export type MessageJson = z.infer<typeof MessageResponse>;
export type EventsJson = z.infer<typeof EventsResponse>;
export type TranscriptJson = z.infer<typeof TranscriptResponse>;
export type RunListJson = z.infer<typeof RunListResponse>;
/** A problem+json body. */
export interface ProblemJson {
  status: number;
  detail: string;
  invalid_params?: Array<{ name: string; reason: string }>;
  applied?: string[];
}

/** The user lines that fill lead-capture by chat (see test/cli/run.test.ts). */
export const LEAD_CAPTURE_LINES = [
  'My name is Ada Lovelace',
  'ada@example.com',
  'skip',
  'I work at Analytical Engines',
  'around thirty thousand dollars',
  'next Friday',
  'yes',
  'yes',
];

/** A run started through the API: its id, token, and the headers that carry the token. */
export interface StartedRun {
  id: string;
  token: string;
  headers: { 'x-run-token': string };
  body: StartJson;
}

/** Starts a run through `POST /api/v1/runs` (throws unless 201). Default: lead-capture by form. */
export async function startRun(
  app: FastifyInstance,
  body: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<StartedRun> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/runs',
    headers,
    payload: { slug: 'lead-capture', channel: 'form', reference_date: '2026-03-02', ...body },
  });
  if (response.statusCode !== 201) throw new Error(`start: ${response.statusCode} ${response.body}`);
  const json = response.json<StartJson>();
  return { id: json.run.id, token: json.run_token, headers: { 'x-run-token': json.run_token }, body: json };
}

/** Sets values through `PATCH /api/v1/runs/:id/values`; returns the response. */
export function setValues(app: FastifyInstance, run: StartedRun, values: Record<string, unknown>) {
  return app.inject({
    method: 'PATCH',
    url: `/api/v1/runs/${run.id}/values`,
    headers: run.headers,
    payload: { values },
  });
}
