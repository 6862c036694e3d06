import { initializeLogger, stt, type AudioBuffer } from '@livekit/agents';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { VoiceDataMessageSchema, type VoiceDataMessage } from '../../src/core/voice-messages.js';
import { Runtime } from '../../src/runtime/runtime.js';
import type { DataPublisher } from '../../src/voice/data-messages.js';
import type { VoiceLogger } from '../../src/voice/wizard-call.js';
import { describeEachDatabase, type DatabaseContext } from '../db/databases.js';

/** A fake room participant: records every `publishData` as the decoded message and its topic. */
export class RecordingParticipant implements DataPublisher {
  readonly published: Array<{ message: VoiceDataMessage; topic?: string; reliable?: boolean }> = [];

  async publishData(data: Uint8Array, options: { reliable?: boolean; topic?: string }): Promise<void> {
    const message = VoiceDataMessageSchema.parse(JSON.parse(new TextDecoder().decode(data)));
    this.published.push({ message, topic: options.topic, reliable: options.reliable });
  }

  /** The published messages' types, in order. */
  types(): string[] {
    return this.published.map((p) => p.message.type);
  }
}

/** A speech recogniser that hears nothing and fails when told to, as a provider with a bad key would. */
export class FailingSTT extends stt.STT {
  label = 'test.FailingSTT';

  constructor() {
    super({ streaming: true, interimResults: false });
  }

  /** Emits an unrecoverable STT error, as the framework's SpeechStream does after its retries. */
  fail(error: Error): void {
    this.emit('error', {
      type: 'stt_error',
      timestamp: Date.now(),
      label: this.label,
      error,
      recoverable: false,
    });
  }

  protected async _recognize(_frame: AudioBuffer): Promise<stt.SpeechEvent> {
    throw new Error('not used in text mode');
  }

  stream(): stt.SpeechStream {
    return new SilentStream(this);
  }
}

class SilentStream extends stt.SpeechStream {
  label = 'test.SilentStream';
  protected async run(): Promise<void> {}
}

/** A logger that keeps what was logged, by level. */
export class RecordingLogger implements VoiceLogger {
  readonly lines: Array<{ level: 'info' | 'warn' | 'error'; obj: object; msg: string }> = [];
  info(obj: object, msg: string): void {
    this.lines.push({ level: 'info', obj, msg });
  }
  warn(obj: object, msg: string): void {
    this.lines.push({ level: 'warn', obj, msg });
  }
  error(obj: object, msg: string): void {
    this.lines.push({ level: 'error', obj, msg });
  }
  errors(): string[] {
    return this.lines.filter((l) => l.level === 'error').map((l) => l.msg);
  }
}

/** What a voice suite gets: a Runtime (no workers) on a fresh database of each engine. */
export interface VoiceContext extends DatabaseContext {
  readonly runtime: Runtime;
}

/** Runs `fn` once per database engine with a Runtime on a fresh database (see describeEachDatabase). */
export function describeEachRuntime(name: string, fn: (ctx: VoiceContext) => void): void {
  describeEachDatabase(name, (db) => {
    let runtime: Runtime | undefined;
    beforeAll(async () => {
      initializeLogger({ pretty: false, level: process.env.LK_LOG ?? 'silent' });
      const config = loadConfig({
        GUIDEPOST_DATA_DIR: await mkdtemp(join(tmpdir(), 'guidepost-voice-')),
        APP_SECRET: 'voice-test-secret-voice-test-secret!',
      });
      runtime = await Runtime.open({
        config,
        database: db.database,
        log: new RecordingLogger(),
        workers: false,
      });
    });
    afterAll(async () => {
      await runtime?.close();
    });
    fn({
      get kind() {
        return db.kind;
      },
      get database() {
        return db.database;
      },
      get db() {
        return db.db;
      },
      get runtime() {
        if (!runtime) throw new Error('the runtime exists only inside tests and hooks');
        return runtime;
      },
    });
  });
}
