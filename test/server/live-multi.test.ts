import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase, queryRows, type Database } from '../../src/db/client.js';
import { buildApp } from '../../src/server/app.js';
import { describeEachApp } from './app.js';
import { connectLive, range, seqs } from './live-helpers.js';
import {
  LEAD_CAPTURE_LINES,
  setValues,
  startRun,
  type MessageJson,
  type TranscriptJson,
} from './runs-helpers.js';

/**
 * Two app instances on one PostgreSQL database, the second with its own pool and its own LISTEN connection,
 * as another server process would have (test/scale/two-nodes.test.ts runs two real processes). On PGlite
 * two instances would share one in-process database and prove nothing, so that variant is skipped.
 */
describeEachApp('live updates across app instances', (ctx) => {
  if (ctx.kind !== 'postgres') {
    it.skip('needs PostgreSQL: instances on one embedded PGlite share its process (set DATABASE_URL)', () => {});
    return;
  }
  let second: FastifyInstance;
  let secondDatabase: Database | undefined;

  beforeAll(async () => {
    if (ctx.database.kind !== 'postgres') throw new Error('this suite runs on PostgreSQL only');
    const url = ctx.database.client.options.connectionString!;
    secondDatabase = await openDatabase({ databaseUrl: url, dataDir: 'memory://' });
    const database = secondDatabase;
    second = await buildApp({ config: ctx.config, database, logger: false });
    await Promise.all([
      ctx.app.listen({ port: 0, host: '127.0.0.1' }),
      second.listen({ port: 0, host: '127.0.0.1' }),
    ]);
  });

  afterAll(async () => {
    await second?.close();
    await secondDatabase?.close();
  });

  it('delivers a change made through instance 1 to a socket on instance 2', async () => {
    const run = await startRun(ctx.app);
    const socket = await connectLive(second, run.id, { run_token: run.token });
    await socket.waitForSeq(1);
    const set = await setValues(ctx.app, run, { full_name: 'Ada Lovelace', email: 'ada@example.com' });
    const last = set.json().last_seq as number;
    await socket.waitForSeq(last);
    expect(seqs(socket)).toEqual(range(1, last));
    // And the other way round: a change through instance 2 reaches a socket on instance 1.
    const back = await connectLive(ctx.app, run.id, { run_token: run.token, after_seq: last });
    const more = (await setValues(second, run, { phone: '+44 20 7946 0958' })).json().last_seq as number;
    await Promise.all([socket.waitForSeq(more), back.waitForSeq(more)]);
    expect(seqs(back)).toEqual(range(last + 1, more));
    await Promise.all([socket.close(), back.close()]);
  });

  it('carries a chat on from one instance to the other, the guide rebuilt from the transcript', async () => {
    const run = await startRun(ctx.app, { channel: 'chat' });
    let last: MessageJson | undefined;
    for (const [i, text] of LEAD_CAPTURE_LINES.entries()) {
      const response = await (i % 2 === 0 ? ctx.app : second).inject({
        method: 'POST',
        url: `/api/v1/runs/${run.id}/messages`,
        headers: run.headers,
        payload: { text },
      });
      expect(response.statusCode, response.body).toBe(200);
      last = response.json<MessageJson>();
    }
    expect(last?.snapshot.status).toBe('completed');
    const transcript = (
      await second.inject({ url: `/api/v1/runs/${run.id}/transcript`, headers: run.headers })
    ).json<TranscriptJson>();
    expect(transcript.entries.map((e) => e.seq)).toEqual(range(1, 1 + 2 * LEAD_CAPTURE_LINES.length));
  });

  it('catches up after its LISTEN connection is cut', async () => {
    const run = await startRun(ctx.app);
    const socket = await connectLive(second, run.id, { run_token: run.token });
    await socket.waitForSeq(1);
    const cut = await queryRows(
      ctx.db,
      sql`select pg_terminate_backend(pid) from pg_stat_activity
          where datname = current_database() and query ilike 'LISTEN %' and pid <> pg_backend_pid()`,
    );
    expect(cut.length).toBe(2);
    const last = (await setValues(ctx.app, run, { full_name: 'Ada Lovelace' })).json().last_seq as number;
    await socket.waitForSeq(last, 10_000);
    expect(seqs(socket)).toEqual(range(1, last));
    await socket.close();
  });
});
