import type { Config } from '../config/config.js';
import type { BrainKind } from '../core/wizard/definition.js';
import type { Db } from '../db/client.js';
import { appendTranscript, loadTranscript } from '../db/runs.js';
import type { LlmConfig } from '../guide/llm/provider.js';
import { createBrain } from '../guide/brains.js';
import { GuideSession, type TurnOptions } from '../guide/session.js';
import type { GuideTurn, TranscriptEntry } from '../guide/types.js';
import { DomainError } from '../core/errors.js';
import type { RunEffects } from './effects.js';
import { LruMap } from '../core/lru-map.js';
import type { PersistentRunHandle } from './run-handle.js';

interface CachedSession {
  session: GuideSession;
  brain: BrainKind;
  /** The run's tenant (whose own LLM the guide may use); a run never changes tenant. */
  tenantId: string | null;
  /** The seq of the last transcript entry this session knows of. */
  transcriptSeq: number;
}

/**
 * The guide sessions of this process: one GuideSession per run, kept in an LRU so a brain's dialogue
 * memory (a pending confirmation, the value it offered) survives between messages. A session missing here
 * (evicted, restarted, or the run was talked to on another node) is rebuilt from the stored transcript;
 * one whose transcript grew elsewhere is rebuilt too. Turns of one run run one at a time; each turn's
 * transcript lines are stored with appendTranscript before it returns.
 */
export class GuideSessions {
  private readonly cache: LruMap<string, CachedSession>;
  private readonly turns = new Map<string, Promise<unknown>>();

  constructor(
    private readonly db: Db,
    private readonly config: Config,
    private readonly effects: RunEffects,
    capacity = 500,
    /** The tenant's own LLM (its provider keys), used by its runs' guides instead of the global one. */
    private readonly tenantLlm: (tenantId: string) => Promise<LlmConfig | null> = async () => null,
  ) {
    this.cache = new LruMap(capacity);
  }

  /**
   * The brain for a run: the requested kind; else GUIDEPOST_BRAIN when the operator chose an LLM; else the
   * wizard's setting when an LLM is configured; else `embedded`. Throws DomainError `invalid` when an LLM kind is requested
   * but no LLM is configured.
   */
  chooseBrain(
    requested: BrainKind | undefined,
    wizardBrain: BrainKind,
    llm: LlmConfig | null = this.config.llm,
  ): BrainKind {
    if (requested) {
      if (requested !== 'embedded' && !llm)
        throw new DomainError(
          'invalid',
          `the ${requested} guide needs an LLM, and this server has none configured`,
          { invalidParams: [{ name: 'body.brain', reason: 'no LLM is configured on this server' }] },
        );
      return requested;
    }
    if (this.config.GUIDEPOST_BRAIN !== 'embedded') return this.config.GUIDEPOST_BRAIN;
    return wizardBrain !== 'embedded' && llm ? wizardBrain : 'embedded';
  }

  /**
   * The guide's greeting and first question (or the current one, on a run under way), stored in the
   * transcript. `handle` is the run's handle, just taken from RunHandles (so up to date with the log).
   */
  greet(handle: PersistentRunHandle, brain?: BrainKind, options: TurnOptions = {}): Promise<GuideTurn> {
    return this.serialise(handle.runId, async () => {
      const cached = await this.session(handle, brain);
      return this.record(handle.runId, cached, await cached.session.greet(options));
    });
  }

  /**
   * One user turn: the guide reads the run's current snapshot, calls tools, replies; all stored. `handle` is
   * the run's handle, just taken from RunHandles; `options` name the channel of a turn that comes through
   * another one than the run's (see TurnOptions).
   */
  send(
    handle: PersistentRunHandle,
    text: string,
    brain?: BrainKind,
    options: TurnOptions = {},
  ): Promise<GuideTurn> {
    return this.serialise(handle.runId, async () => {
      const cached = await this.session(handle, brain);
      return this.record(handle.runId, cached, await cached.session.send(text, options));
    });
  }

  private async record(runId: string, cached: CachedSession, turn: GuideTurn): Promise<GuideTurn> {
    const seqs = await appendTranscript(
      this.db,
      runId,
      turn.transcript.map((e) => ({ role: e.role, text: e.text, at: new Date(e.at) })),
      this.effects.transcriptHooks,
      cached.transcriptSeq,
    );
    cached.transcriptSeq = seqs.at(-1) ?? cached.transcriptSeq;
    return turn;
  }

  /**
   * The cached session of the run's handle, when its transcript did not grow elsewhere; or a new one restored
   * from the stored transcript. The run's row is read only for a session not cached (its tenant).
   */
  private async session(
    handle: PersistentRunHandle,
    requested: BrainKind | undefined,
  ): Promise<CachedSession> {
    const runId = handle.runId;
    const cached = this.cache.get(runId);
    const llm = (await this.tenantLlm(handle.tenantId)) ?? this.config.llm;
    const kind = this.chooseBrain(requested, handle.definition.settings.brain, llm);
    if (cached && cached.brain === kind && cached.session.run === handle) {
      const newer = await loadTranscript(this.db, runId, cached.transcriptSeq);
      if (newer.length === 0) return cached;
    }
    const stored = await loadTranscript(this.db, runId);
    const history: TranscriptEntry[] = stored.map((e) => ({
      role: e.role,
      text: e.text,
      at: e.at.toISOString(),
    }));
    const brain = createBrain({
      kind,
      llm,
      defaultRegion: this.config.GUIDEPOST_DEFAULT_REGION,
    });
    const fresh: CachedSession = {
      session: new GuideSession({ run: handle, brain, history }),
      brain: kind,
      tenantId: handle.tenantId,
      transcriptSeq: stored.at(-1)?.seq ?? 0,
    };
    this.cache.set(runId, fresh);
    return fresh;
  }

  private serialise<T>(runId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.turns.get(runId) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => undefined);
    this.turns.set(runId, settled);
    void settled.then(() => {
      if (this.turns.get(runId) === settled) this.turns.delete(runId);
    });
    return next;
  }
}
