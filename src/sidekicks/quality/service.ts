import { DomainError, notFoundError } from '../../core/errors.js';
import { listPromptVersions } from '../../db/prompts.js';
import type { JobQueue } from '../../db/queue.js';
import * as runs from '../../db/quality-runs.js';
import * as suites from '../../db/quality-suites.js';
import { getSidekick, type SidekickRecord } from '../../db/sidekicks.js';
import { VERSIONED_LAYERS, type VersionedLayer } from '../chat/prompt-layers.js';
import { QUALITY_RUN_QUEUE, type QualityRunJob } from './jobs.js';
import { comparisonOf, dashboardOf, type ComparisonView, type DashboardView } from './dashboard.js';
import { executeRun, type RunnerDeps } from './runner.js';
import { starterCases } from './starter-suite.js';
import {
  caseView,
  resultView,
  runView,
  suiteView,
  type CaseView,
  type ResultView,
  type RunView,
  type SuiteView,
} from './views.js';
import { GateKeeper, type GateBody, type GateView } from './gates.js';
import type { ActivationCheck } from '../chat/prompts.js';

/** A case's fields as the API takes them. */
export interface CaseBody {
  question: string;
  expected_facts: string[];
  expected_sources: string[];
  expected_tone: string;
}

/** What the quality service needs. */
export interface QualityServiceDeps extends RunnerDeps {
  queue: JobQueue;
}

/** Runs the dashboard charts. */
const DASHBOARD_RUNS = 50;

/**
 * A sidekick's quality: suites and their cases (a starter suite generated from the knowledge base), runs of a
 * suite against a prompt version or the active ones (queued as jobs, see executeRun), the dashboard, comparisons
 * and the gates of prompt versions (see GateKeeper). Every call is scoped to the caller's tenant: another
 * tenant's sidekick, suite, case or run is `not_found`.
 */
export class QualityService {
  private readonly gates: GateKeeper;

  constructor(private readonly deps: QualityServiceDeps) {
    this.gates = new GateKeeper({
      db: deps.db,
      run: async (scope, suiteId, prompt) => {
        const run = await this.startRun(scope.tenantId, scope.sidekickId, suiteId, prompt, true);
        await executeRun(this.deps, run.id);
        return run.id;
      },
    });
  }

  /** The language model answering and judging for a tenant, or null (the embedded answerer, deterministic metrics). */
  model(tenantId: string): ReturnType<RunnerDeps['model']> {
    return this.deps.model(tenantId);
  }

  /** The sidekick's suites with their cases count. Throws `not_found`. */
  async listSuites(tenantId: string, sidekickId: string): Promise<Array<SuiteView & { cases: number }>> {
    const scope = await this.scope(tenantId, sidekickId);
    const rows = await suites.listSuites(this.deps.db, scope);
    return Promise.all(
      rows.map(async (s) => ({
        ...suiteView(s),
        cases: (await suites.listCases(this.deps.db, s.id)).length,
      })),
    );
  }

  /**
   * Creates a suite: with `starter`, its cases are generated from the sidekick's documents (see starterCases);
   * otherwise it starts empty. Throws `not_found`.
   */
  async createSuite(
    tenantId: string,
    sidekickId: string,
    input: { name: string; starter: boolean },
  ): Promise<SuiteView & { cases: CaseView[] }> {
    const sidekick = await this.sidekick(tenantId, sidekickId);
    const scope = scopeOf(sidekick);
    const cases = input.starter
      ? starterCases(await suites.sidekickChunks(this.deps.db, scope), toneOf(sidekick))
      : [];
    const suite = await suites.insertSuite(this.deps.db, scope, input.name, cases);
    return this.getSuite(tenantId, sidekickId, suite.id);
  }

  /** A suite with its cases in order. Throws `not_found`. */
  async getSuite(
    tenantId: string,
    sidekickId: string,
    suiteId: string,
  ): Promise<SuiteView & { cases: CaseView[] }> {
    const suite = await this.suite(tenantId, sidekickId, suiteId);
    return { ...suiteView(suite), cases: (await suites.listCases(this.deps.db, suite.id)).map(caseView) };
  }

  /** Renames a suite. Throws `not_found`. */
  async renameSuite(tenantId: string, sidekickId: string, suiteId: string, name: string): Promise<SuiteView> {
    const row = await suites.renameSuite(this.deps.db, await this.scope(tenantId, sidekickId), suiteId, name);
    if (!row) throw notFoundError('the suite');
    return suiteView(row);
  }

  /** Deletes a suite with its cases, runs and gates. Throws `not_found`. */
  async deleteSuite(tenantId: string, sidekickId: string, suiteId: string): Promise<void> {
    if (!(await suites.deleteSuite(this.deps.db, await this.scope(tenantId, sidekickId), suiteId)))
      throw notFoundError('the suite');
  }

  /** Adds a case. Throws `not_found`, `invalid` for an expected source that is not the sidekick's document. */
  async addCase(tenantId: string, sidekickId: string, suiteId: string, body: CaseBody): Promise<CaseView> {
    const suite = await this.suite(tenantId, sidekickId, suiteId);
    await this.checkSources(suite, body.expected_sources);
    return caseView(await suites.insertCase(this.deps.db, suite, caseInput(body)));
  }

  /** Changes a case (the fields given). Throws like addCase. */
  async updateCase(
    tenantId: string,
    sidekickId: string,
    suiteId: string,
    caseId: string,
    body: Partial<CaseBody>,
  ): Promise<CaseView> {
    const suite = await this.suite(tenantId, sidekickId, suiteId);
    if (body.expected_sources) await this.checkSources(suite, body.expected_sources);
    const row = await suites.updateCase(this.deps.db, suite.id, caseId, casePatch(body));
    if (!row) throw notFoundError('the case');
    return caseView(row);
  }

  /** Deletes a case. Throws `not_found`. */
  async deleteCase(tenantId: string, sidekickId: string, suiteId: string, caseId: string): Promise<void> {
    const suite = await this.suite(tenantId, sidekickId, suiteId);
    if (!(await suites.deleteCase(this.deps.db, suite.id, caseId))) throw notFoundError('the case');
  }

  /**
   * Starts a run of a suite against a prompt version (`prompt`, the other layers active) or the active versions,
   * judged by the LLM when the tenant has one, else by the deterministic metrics. The run is a queued job; its
   * progress shows in getRun. Throws `not_found` (also for a version that does not exist), `invalid` for an empty
   * suite.
   */
  async startRun(
    tenantId: string,
    sidekickId: string,
    suiteId: string,
    prompt?: { layer: VersionedLayer; number: number },
    gated = false,
  ): Promise<RunView> {
    const suite = await this.suite(tenantId, sidekickId, suiteId);
    const total = (await suites.listCases(this.deps.db, suite.id)).length;
    if (total === 0) throw new DomainError('invalid', 'the suite has no cases: add one before running it');
    const scope = { tenantId, sidekickId: suite.sidekickId };
    const versions = await this.versionsFor(scope, prompt);
    const judge = (await this.deps.model(tenantId)) ? 'llm' : 'deterministic';
    // The run and its job are written together: a crash leaves both or neither.
    const run = await this.deps.db.transaction(async (tx) => {
      const row = await runs.insertRun(tx, {
        ...scope,
        suiteId: suite.id,
        judge,
        promptLayer: prompt?.layer ?? null,
        promptNumber: prompt?.number ?? null,
        promptVersions: versions,
        gated,
        total,
      });
      if (!gated) await this.deps.queue.send<QualityRunJob>(QUALITY_RUN_QUEUE, { runId: row.id }, { tx });
      return row;
    });
    return runView(run, 0);
  }

  /** The sidekick's runs (of one suite), newest first, with progress. Throws `not_found`. */
  async listRuns(tenantId: string, sidekickId: string, suiteId?: string): Promise<RunView[]> {
    const scope = await this.scope(tenantId, sidekickId);
    const counts = await runs.resultCounts(this.deps.db, scope);
    return (await runs.listRuns(this.deps.db, scope, suiteId)).map((r) => runView(r, counts.get(r.id) ?? 0));
  }

  /** A run with its means and every result. Throws `not_found`. */
  async getRun(
    tenantId: string,
    sidekickId: string,
    runId: string,
  ): Promise<RunView & { results: ResultView[] }> {
    const run = await runs.getRun(this.deps.db, await this.scope(tenantId, sidekickId), runId);
    if (!run) throw notFoundError('the run');
    const results = await runs.listResults(this.deps.db, run.id);
    return { ...runView(run, results), results: results.map(resultView) };
  }

  /** The dashboard of a suite (see dashboardOf) over its latest DASHBOARD_RUNS runs. Throws `not_found`. */
  async dashboard(tenantId: string, sidekickId: string, suiteId: string): Promise<DashboardView> {
    const suite = await this.suite(tenantId, sidekickId, suiteId);
    const scope = { tenantId, sidekickId: suite.sidekickId };
    const rows = (await runs.listRuns(this.deps.db, scope, suite.id)).slice(0, DASHBOARD_RUNS).reverse();
    return dashboardOf(
      await Promise.all(
        rows.map(async (run) => ({ run, results: await runs.listResults(this.deps.db, run.id) })),
      ),
    );
  }

  /** Two runs side by side (see comparisonOf). Throws `not_found`. */
  async compare(tenantId: string, sidekickId: string, a: string, b: string): Promise<ComparisonView> {
    return comparisonOf(
      await this.getRun(tenantId, sidekickId, a),
      await this.getRun(tenantId, sidekickId, b),
    );
  }

  /** The gates of the sidekick's prompt versions. Throws `not_found`. */
  async listGates(tenantId: string, sidekickId: string): Promise<GateView[]> {
    return this.gates.list(await this.scope(tenantId, sidekickId));
  }

  /** Gates a prompt version (see GateKeeper.set). Throws `not_found`. */
  async setGate(
    tenantId: string,
    sidekickId: string,
    layer: VersionedLayer,
    number: number,
    body: GateBody,
  ): Promise<GateView> {
    return this.gates.set(await this.scope(tenantId, sidekickId), layer, number, body);
  }

  /** Removes a prompt version's gate. Throws `not_found`. */
  async deleteGate(
    tenantId: string,
    sidekickId: string,
    layer: VersionedLayer,
    number: number,
  ): Promise<void> {
    await this.gates.remove(await this.scope(tenantId, sidekickId), layer, number);
  }

  /** The prompt service's activation check: a gated version's suite must pass (see GateKeeper.check). */
  readonly checkActivation: ActivationCheck = (tenantId, sidekickId, layer, number) =>
    this.gates.check({ tenantId, sidekickId }, layer, number);

  /** The version each layer uses: the active ones, with `prompt` replacing its layer's. Throws `not_found`. */
  private async versionsFor(
    scope: suites.QualityScope,
    prompt?: { layer: VersionedLayer; number: number },
  ): Promise<Record<string, number | null>> {
    const saved = await listPromptVersions(this.deps.db, scope);
    if (prompt && !saved.some((v) => v.layer === prompt.layer && v.number === prompt.number))
      throw notFoundError(`version ${prompt.number} of the ${prompt.layer} prompt`);
    return Object.fromEntries(
      VERSIONED_LAYERS.map((layer) => [
        layer,
        prompt?.layer === layer
          ? prompt.number
          : (saved.find((v) => v.layer === layer && v.active)?.number ?? null),
      ]),
    );
  }

  private async checkSources(suite: suites.QualitySuiteRecord, ids: string[]): Promise<void> {
    const known = await suites.knownDocuments(this.deps.db, suite, ids);
    const unknown = ids.map((id, i) => ({ id, i })).filter(({ id }) => !known.has(id));
    if (unknown.length > 0)
      throw new DomainError('invalid', 'an expected source is not a document of this sidekick', {
        invalidParams: unknown.map(({ i }) => ({
          name: `body.expected_sources.${i}`,
          reason: 'is not a document of this sidekick',
        })),
      });
  }

  private async suite(
    tenantId: string,
    sidekickId: string,
    suiteId: string,
  ): Promise<suites.QualitySuiteRecord> {
    const suite = await suites.getSuite(this.deps.db, await this.scope(tenantId, sidekickId), suiteId);
    if (!suite) throw notFoundError('the suite');
    return suite;
  }

  private async scope(tenantId: string, sidekickId: string): Promise<suites.QualityScope> {
    return scopeOf(await this.sidekick(tenantId, sidekickId));
  }

  private async sidekick(tenantId: string, id: string): Promise<SidekickRecord> {
    const sidekick = await getSidekick(this.deps.db, tenantId, id);
    if (!sidekick) throw notFoundError('the sidekick');
    return sidekick;
  }
}

function scopeOf(sidekick: SidekickRecord): suites.QualityScope {
  return { tenantId: sidekick.tenantId, sidekickId: sidekick.id };
}

/** The tone a sidekick's cases expect: its personality's first sentence, or a neutral default. */
function toneOf(sidekick: SidekickRecord): string {
  const first = sidekick.personalityDescription.trim().split(/(?<=[.!?])\s/)[0] ?? '';
  return first.slice(0, 200) || 'helpful and clear';
}

function caseInput(body: CaseBody): suites.CaseInput {
  return {
    question: body.question,
    expectedFacts: body.expected_facts,
    expectedSources: body.expected_sources,
    expectedTone: body.expected_tone,
  };
}

/** The fields of a case a change gives. */
function casePatch(body: Partial<CaseBody>): Partial<suites.CaseInput> {
  return {
    ...(body.question !== undefined ? { question: body.question } : {}),
    ...(body.expected_facts !== undefined ? { expectedFacts: body.expected_facts } : {}),
    ...(body.expected_sources !== undefined ? { expectedSources: body.expected_sources } : {}),
    ...(body.expected_tone !== undefined ? { expectedTone: body.expected_tone } : {}),
  };
}
