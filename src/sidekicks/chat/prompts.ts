import { notFoundError } from '../../core/errors.js';
import type { Db } from '../../db/client.js';
import * as repo from '../../db/prompts.js';
import { getSidekick, type SidekickRecord } from '../../db/sidekicks.js';
import type { KnowledgeService } from '../../knowledge/service.js';
import {
  assemblePrompt,
  DEFAULT_TEMPLATES,
  PROMPT_LAYERS,
  renderLayer,
  renderTemplate,
  type AssembledPrompt,
  type PromptContext,
  type PromptLayer,
  type VersionedLayer,
} from './prompt-layers.js';
import { judgeVariables, SAMPLE_JUDGE_INPUT } from '../quality/judge.js';

/** A version as the API shows it. */
export interface PromptVersionView {
  layer: VersionedLayer;
  number: number;
  template: string;
  note: string;
  author: string | null;
  active: boolean;
  created_at: string;
}

/** Question a template is test-rendered with before it is saved. */
const SAMPLE_QUESTION = 'What can you help me with?';

/**
 * Checks a version may be activated (a quality gate); throws a DomainError to refuse. Given the version's layer
 * and number, before the activation changes anything.
 */
export type ActivationCheck = (
  tenantId: string,
  sidekickId: string,
  layer: VersionedLayer,
  number: number,
) => Promise<void>;

/**
 * A sidekick's prompt layers: every save is a new version (number, author, note, time), one version per layer is
 * active (the default template serves a layer with none), activation rolls forward or back, and a preview shows
 * the exact prompt assembled for a sample question. A template that does not render is refused naming the line,
 * and the active version keeps serving.
 */
export class PromptService {
  constructor(
    private readonly deps: { db: Db; knowledge: KnowledgeService; beforeActivate?: ActivationCheck },
  ) {}

  /** The sidekick's versions, per layer newest first. Throws `not_found`. */
  async list(tenantId: string, sidekickId: string): Promise<PromptVersionView[]> {
    const sidekick = await this.sidekick(tenantId, sidekickId);
    return (await repo.listPromptVersions(this.deps.db, scope(sidekick))).map(view);
  }

  /**
   * Saves a new version of a layer (active at once unless `activate` is false). Throws `invalid` (naming the line)
   * when the template does not render for a sample question, `not_found` for another tenant's sidekick.
   */
  async save(
    tenantId: string,
    sidekickId: string,
    layer: VersionedLayer,
    input: { template: string; note?: string; activate?: boolean },
    author: string | null,
  ): Promise<PromptVersionView> {
    const sidekick = await this.sidekick(tenantId, sidekickId);
    if (layer === 'judge') renderTemplate(layer, input.template, judgeVariables(SAMPLE_JUDGE_INPUT));
    else renderLayer(layer, input.template, context(sidekick, [], SAMPLE_QUESTION));
    const row = await repo.insertPromptVersion(this.deps.db, scope(sidekick), {
      layer,
      template: input.template,
      note: input.note ?? '',
      author,
      activate: input.activate ?? true,
    });
    return view(row);
  }

  /**
   * Makes a version of a layer the active one (activate or roll back). Throws `not_found`, or what the
   * activation check throws (a quality gate refusing it).
   */
  async activate(
    tenantId: string,
    sidekickId: string,
    layer: VersionedLayer,
    number: number,
  ): Promise<PromptVersionView> {
    const sidekick = await this.sidekick(tenantId, sidekickId);
    await this.deps.beforeActivate?.(tenantId, sidekick.id, layer, number);
    const row = await repo.activatePromptVersion(this.deps.db, scope(sidekick), layer, number);
    if (!row) throw notFoundError(`version ${number} of the ${layer} prompt`);
    return view(row);
  }

  /**
   * The exact prompt the active layers (or `overrides`, unsaved templates) assemble for `question`, with the
   * passages retrieval finds for it. Throws `invalid` naming the layer and line of a template that does not render.
   */
  async preview(
    tenantId: string,
    sidekickId: string,
    question: string,
    overrides: Partial<Record<PromptLayer, string>> = {},
  ): Promise<AssembledPrompt> {
    const sidekick = await this.sidekick(tenantId, sidekickId);
    const active = await repo.listPromptVersions(this.deps.db, scope(sidekick));
    const templates = Object.fromEntries(
      PROMPT_LAYERS.map((l) => [
        l,
        overrides[l] ?? active.find((v) => v.layer === l && v.active)?.template ?? DEFAULT_TEMPLATES[l],
      ]),
    ) as Record<PromptLayer, string>;
    const passages = await this.deps.knowledge.search(
      tenantId,
      sidekick.id,
      question,
      sidekick.retrievalDepth ?? 5,
    );
    return assemblePrompt(templates, context(sidekick, passages, question));
  }

  private async sidekick(tenantId: string, id: string): Promise<SidekickRecord> {
    const sidekick = await getSidekick(this.deps.db, tenantId, id);
    if (!sidekick) throw notFoundError('the sidekick');
    return sidekick;
  }
}

/** The variables a sidekick's templates render with. */
export function context(
  sidekick: SidekickRecord,
  passages: PromptContext['passages'],
  question: string,
): PromptContext {
  return {
    sidekick: {
      name: sidekick.name,
      personality: sidekick.personalityDescription,
      greeting: sidekick.greeting,
      citation_style: sidekick.citationStyle,
    },
    passages,
    question,
  };
}

function scope(sidekick: SidekickRecord): repo.PromptScope {
  return { tenantId: sidekick.tenantId, sidekickId: sidekick.id };
}

function view(row: repo.PromptVersionRecord): PromptVersionView {
  return {
    layer: row.layer as VersionedLayer,
    number: row.number,
    template: row.template,
    note: row.note,
    author: row.author,
    active: row.active,
    created_at: row.createdAt.toISOString(),
  };
}
