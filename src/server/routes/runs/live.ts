import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessOf, runAccessHook } from './access.js';
import { LiveQuery, RunIdParams } from './schemas.js';

const tags = ['runs', 'live'];
const security: Array<Record<string, string[]>> = [{ bearer: [] }, { cookie: [] }, { runToken: [] }];
/** Seconds between keep-alives (WebSocket ping, SSE comment), so proxies keep idle streams open. */
const KEEPALIVE_MS = 25_000;

/**
 * Live updates of a run: `GET /runs/:id/live` (WebSocket) and `GET /runs/:id/stream` (server-sent events).
 * Both replay the events after `after_seq` (SSE: or the Last-Event-ID header), then stream each new event
 * as it is appended, by whoever (form, guide, action, another server process), each exactly once and in
 * order. WebSocket messages are JSON `{seq, event}`; SSE events are `id: seq`, `event: run_event`,
 * `data: {seq, event}`. With `after_transcript_seq` the transcript's lines come too, each once and in order
 * (the guide's turns, by whichever process): WebSocket `{transcript_seq, entry: {role, text, at}}`, SSE
 * `event: transcript` with that data (no `id`: Last-Event-ID counts events). Credentials: session, `X-Run-Token`, or `?run_token=` (browsers cannot set
 * headers on a WebSocket or an EventSource).
 */
const liveRoutes: FastifyPluginAsyncZod = async (app) => {
  const access = runAccessHook(app, { queryToken: true });
  /** Open SSE responses, ended when the app closes (a hijacked reply would otherwise hold `close`). */
  const open = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const finish of [...open]) finish();
  });

  app.get(
    '/runs/:id/live',
    {
      websocket: true,
      preHandler: access,
      schema: {
        tags,
        security,
        summary: 'WebSocket: JSON messages {seq, event}, replaying after after_seq first',
        params: RunIdParams,
        querystring: LiveQuery,
      },
    },
    (socket, request) => {
      const runId = accessOf(request).run.id;
      const stream = app.runRecords.follow({
        runId,
        afterSeq: request.query.after_seq,
        send: (stored) => socket.send(JSON.stringify(stored)),
        afterTranscriptSeq: request.query.after_transcript_seq,
        sendTranscript:
          request.query.after_transcript_seq === undefined
            ? undefined
            : (line) => socket.send(JSON.stringify(line)),
        onError: (error) => {
          request.log.error({ err: error, runId }, 'live: reading the run log failed');
          socket.close(1011, 'server error');
        },
      });
      const keepalive = setInterval(() => socket.ping(), KEEPALIVE_MS);
      socket.on('close', () => {
        clearInterval(keepalive);
        stream.close();
      });
      void stream.start();
    },
  );

  app.get(
    '/runs/:id/stream',
    {
      preHandler: access,
      schema: {
        tags,
        security,
        summary: 'Server-sent events: id = seq, data = {seq, event}; honours Last-Event-ID',
        params: RunIdParams,
        querystring: LiveQuery,
      },
    },
    async (request, reply) => {
      const runId = accessOf(request).run.id;
      const lastEventId = Number(request.headers['last-event-id']);
      const afterSeq =
        Number.isInteger(lastEventId) && lastEventId >= 0 ? lastEventId : request.query.after_seq;
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-request-id': request.id,
        'x-accel-buffering': 'no',
      });
      raw.write('retry: 2000\n\n');
      let finish = () => {};
      const stream = app.runRecords.follow({
        runId,
        afterSeq,
        send: (stored) =>
          raw.write(`id: ${stored.seq}\nevent: run_event\ndata: ${JSON.stringify(stored)}\n\n`),
        afterTranscriptSeq: request.query.after_transcript_seq,
        sendTranscript:
          request.query.after_transcript_seq === undefined
            ? undefined
            : (line) => raw.write(`event: transcript\ndata: ${JSON.stringify(line)}\n\n`),
        onError: (error) => {
          request.log.error({ err: error, runId }, 'live: reading the run log failed');
          finish();
        },
      });
      const keepalive = setInterval(() => raw.write(': keep-alive\n\n'), KEEPALIVE_MS);
      // Whoever ends the stream (the client, an error, the app closing), the connection goes with it: an
      // event stream is never reused, and a kept-alive one would hold up a graceful close.
      let finished = false;
      finish = () => {
        if (finished) return;
        finished = true;
        clearInterval(keepalive);
        stream.close();
        open.delete(finish);
        const socket = request.raw.socket;
        if (raw.writableEnded) socket.destroy();
        else raw.end(() => socket.destroy());
      };
      open.add(finish);
      raw.on('close', finish);
      await stream.start();
    },
  );
};

export default liveRoutes;
