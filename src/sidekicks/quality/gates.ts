import { DomainError, notFoundError } from '../../core/errors.js';
import type { Db } from '../../db/client.js';
import { listResults } from '../../db/quality-runs.js';
import * as suites from '../../db/quality-suites.js';
import type { VersionedLayer } from '../chat/prompt-layers.js';
import { passes } from './runner.js';

/**
 * Quality gates: a prompt version may be marked "activate only if its suite passes", with a minimum score per
 * criterion (0–10) and the share of cases that must pass. Activating a gated version runs the suite against it
 * first (a run marked `gated`, stored like any other) and refuses, listing the failing cases, when it fails.
 */

/** A gate as the API shows it. */
export interface GateView {
  layer: string;
  number: number;
  suite_id: string;
  thresholds: Record<string, number>;
  min_pass_rate: number;
}

/** A gate's settings. */
export interface GateBody {
  suite_id: string;
  thresholds: Record<string, number>;
  min_pass_rate: number;
}

/** Starts a gated run of a suite against a version and runs it to its end; answers the run's id. */
export type GateRun = (
  scope: suites.QualityScope,
  suiteId: string,
  prompt: { layer: VersionedLayer; number: number },
) => Promise<string>;

/** A failing case of a gate's run. */
export interface FailingCase {
  case_id: string;
  question: string;
  answer: string;
  scores: Record<string, number>;
  reason: string;
}

/** Reads, sets and enforces the gates of a sidekick's prompt versions (see the module comment). */
export class GateKeeper {
  constructor(private readonly deps: { db: Db; run: GateRun }) {}

  /** The scope's gates. */
  async list(scope: suites.QualityScope): Promise<GateView[]> {
    return (await suites.listGates(this.deps.db, scope)).map((g) => ({
      layer: g.layer,
      number: g.number,
      suite_id: g.suiteId,
      thresholds: g.thresholds,
      min_pass_rate: g.minPassRate,
    }));
  }

  /** Gates a version (replacing its gate). Throws `not_found` for a version or suite that is not the scope's. */
  async set(
    scope: suites.QualityScope,
    layer: VersionedLayer,
    number: number,
    body: GateBody,
  ): Promise<GateView> {
    const versionId = await this.versionId(scope, layer, number);
    if (!(await suites.getSuite(this.deps.db, scope, body.suite_id))) throw notFoundError('the suite');
    await suites.upsertGate(this.deps.db, {
      promptVersionId: versionId,
      tenantId: scope.tenantId,
      suiteId: body.suite_id,
      thresholds: body.thresholds,
      minPassRate: body.min_pass_rate,
    });
    return { layer, number, ...body };
  }

  /** Removes a version's gate. Throws `not_found` when it has none. */
  async remove(scope: suites.QualityScope, layer: VersionedLayer, number: number): Promise<void> {
    const versionId = await this.versionId(scope, layer, number);
    if (!(await suites.deleteGate(this.deps.db, scope.tenantId, versionId))) throw notFoundError('the gate');
  }

  /**
   * Lets an activation through when the version has no gate or its suite passes; otherwise throws `conflict`
   * with `run_id` and `failing_cases` (each with its scores and the reason it failed).
   */
  async check(scope: suites.QualityScope, layer: VersionedLayer, number: number): Promise<void> {
    const versionId = await suites.promptVersionId(this.deps.db, scope, layer, number);
    const gate = versionId ? await suites.getGate(this.deps.db, scope.tenantId, versionId) : null;
    if (!gate) return;
    const runId = await this.deps.run(scope, gate.suiteId, { layer, number });
    const results = await listResults(this.deps.db, runId);
    const failing: FailingCase[] = results
      .filter((r) => r.error || !passes(r.scores, gate.thresholds))
      .map((r) => ({
        case_id: r.caseId,
        question: r.question,
        answer: r.answer,
        scores: Object.fromEntries(Object.entries(r.scores).map(([c, s]) => [c, s.score])),
        reason:
          r.error ??
          Object.entries(r.scores)
            .filter(([c, s]) => s.score < (gate.thresholds[c] ?? -Infinity))
            .map(([c, s]) => `${c} ${s.score} < ${gate.thresholds[c]}: ${s.reason}`)
            .join('; '),
      }));
    const rate = results.length ? (results.length - failing.length) / results.length : 0;
    if (rate >= gate.minPassRate) return;
    throw new DomainError(
      'conflict',
      `version ${number} of the ${layer} prompt was not activated: its quality suite passed ${results.length - failing.length} of ${results.length} cases, and the gate needs ${Math.round(gate.minPassRate * 100)}%`,
      { extensions: { run_id: runId, failing_cases: failing } },
    );
  }

  private async versionId(
    scope: suites.QualityScope,
    layer: VersionedLayer,
    number: number,
  ): Promise<string> {
    const id = await suites.promptVersionId(this.deps.db, scope, layer, number);
    if (!id) throw notFoundError(`version ${number} of the ${layer} prompt`);
    return id;
  }
}
