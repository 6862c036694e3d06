import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, type Principal } from '../../auth/principal.js';
import {
  AllThreadsQuery,
  AskBody,
  CreateThreadBody,
  DocumentParams,
  DocumentViewSchema,
  MessageSchema,
  RenameThreadBody,
  SidekickParams,
  ThreadListQuery,
  ThreadParams,
  ThreadSchema,
} from './schemas.js';

/**
 * Chat with sidekicks, for any member of the tenant; each user sees only their own threads (another user's or
 * tenant's thread is 404).
 * - `POST /api/v1/sidekicks/:id/threads`, `GET /api/v1/sidekicks/:id/threads?q=` (latest first)
 * - `GET /api/v1/threads?sidekick_id=&q=` (the workbench's rail), `GET|PATCH|DELETE /api/v1/threads/:id`
 * - `POST /api/v1/threads/:id/messages`: JSON `{message}`, or server-sent events when the request accepts
 *   `text/event-stream`: `delta` events (`{text}`), then `citations` (`{citations}`), then `done` (`{message}`).
 * - `GET /api/v1/documents/:id`: a cited document's text by page.
 */
const chatRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['chat'];
  const security: Array<Record<string, string[]>> = [{ bearer: [] }, { cookie: [] }];
  const read = app.authorize('member');
  const chat = () => app.runtime.chat;
  const owner = (p: Principal) => ({ tenantId: p.tenantId, userId: p.userId });

  app.post(
    '/api/v1/sidekicks/:id/threads',
    {
      preHandler: read,
      schema: {
        tags,
        security,
        summary: 'Start a chat thread with a sidekick',
        params: SidekickParams,
        body: CreateThreadBody,
        response: { 201: ThreadSchema },
      },
    },
    async (request, reply) => {
      const thread = await chat().createThread(
        owner(principalOf(request)),
        request.params.id,
        request.body?.title,
      );
      return reply.code(201).send(thread);
    },
  );

  app.get(
    '/api/v1/sidekicks/:id/threads',
    {
      preHandler: read,
      schema: {
        tags,
        security,
        summary: "The caller's threads with a sidekick, latest first",
        params: SidekickParams,
        querystring: ThreadListQuery,
        response: { 200: z.object({ items: z.array(ThreadSchema) }) },
      },
    },
    async (request) => ({
      items: await chat().listThreads(owner(principalOf(request)), request.params.id, request.query.q),
    }),
  );

  app.get(
    '/api/v1/threads',
    {
      preHandler: read,
      schema: {
        tags,
        security,
        summary: "The caller's threads with every sidekick (or one), latest first",
        querystring: AllThreadsQuery,
        response: { 200: z.object({ items: z.array(ThreadSchema) }) },
      },
    },
    async (request) => ({
      items: await chat().listThreads(
        owner(principalOf(request)),
        request.query.sidekick_id ?? null,
        request.query.q,
      ),
    }),
  );

  app.get(
    '/api/v1/threads/:id',
    {
      preHandler: read,
      schema: {
        tags,
        security,
        summary: 'A thread with its messages, oldest first',
        params: ThreadParams,
        response: { 200: z.object({ thread: ThreadSchema, messages: z.array(MessageSchema) }) },
      },
    },
    async (request) => chat().getThread(owner(principalOf(request)), request.params.id),
  );

  app.patch(
    '/api/v1/threads/:id',
    {
      preHandler: read,
      schema: {
        tags,
        security,
        summary: 'Rename a thread',
        params: ThreadParams,
        body: RenameThreadBody,
        response: { 200: ThreadSchema },
      },
    },
    async (request) =>
      chat().renameThread(owner(principalOf(request)), request.params.id, request.body.title),
  );

  app.delete(
    '/api/v1/threads/:id',
    {
      preHandler: read,
      schema: { tags, security, summary: 'Delete a thread and its messages', params: ThreadParams },
    },
    async (request, reply) => {
      await chat().deleteThread(owner(principalOf(request)), request.params.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/v1/threads/:id/messages',
    {
      preHandler: read,
      schema: {
        tags,
        security,
        summary:
          'Ask a question: JSON {message}, or server-sent events (delta, citations, done) with Accept: text/event-stream',
        params: ThreadParams,
        body: AskBody,
        response: { 200: z.object({ message: MessageSchema }) },
      },
    },
    async (request, reply) => {
      const who = owner(principalOf(request));
      if (!(request.headers.accept ?? '').includes('text/event-stream'))
        return { message: await chat().ask(who, request.params.id, request.body.text) };
      // Check the thread before the stream starts, so a wrong id is still a 404 problem.
      await chat().getThread(who, request.params.id);
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        'x-request-id': request.id,
        'x-accel-buffering': 'no',
      });
      let disconnected = false;
      raw.on('close', () => {
        disconnected = !raw.writableFinished;
      });
      const send = (event: string, data: unknown) => {
        if (!disconnected) raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      };
      try {
        const message = await chat().ask(who, request.params.id, request.body.text, {
          delta: (text) => send('delta', { text }),
          get disconnected() {
            return disconnected;
          },
        });
        send('citations', { citations: message.citations });
        send('done', { message });
      } catch (error) {
        request.log.error({ err: error }, 'chat: answering failed');
        send('error', { detail: 'the answer failed; try again' });
      }
      if (!disconnected) raw.end();
    },
  );

  app.get(
    '/api/v1/documents/:id',
    {
      preHandler: read,
      schema: {
        tags,
        security,
        summary: "A knowledge document's text by page (what a citation opens)",
        params: DocumentParams,
        response: { 200: DocumentViewSchema },
      },
    },
    async (request) => chat().document(principalOf(request).tenantId, request.params.id),
  );
};

export default chatRoutes;
