import { DomainError, notFoundError } from '../core/errors.js';
import type { Db } from '../db/client.js';
import * as repo from '../db/sidekicks.js';
import { slugFromName, type SidekickCreate, type SidekickUpdate } from './input.js';

/**
 * Sidekicks as the API, the actions and the guide see them. Everything is scoped to the caller's tenant
 * (another tenant's sidekick is "not found"); a slug is unique in the tenant and made from the name when
 * absent; the avatar's bytes never travel in a view (they are served by `avatar`).
 */

/** A sidekick without its avatar bytes: what the API shows (`hasAvatar` says whether an image is stored). */
export type SidekickView = Omit<repo.SidekickRecord, 'avatarData'> & { hasAvatar: boolean };

/** Who and what made a sidekick. */
export interface SidekickOrigin {
  /** The signed-in user who created it; null for an API key or the system. */
  createdBy?: string | null;
  /** The create-a-sidekick run that made it (one run makes at most one sidekick). */
  createdFromRunId?: string | null;
  /** A sidekick Guidepost ships (Farah Qubit). */
  builtin?: boolean;
}

export interface SidekickServiceDeps {
  db: Db;
}

/** The sidekick logic (see the module comment); routes validate, call it and map views to JSON. */
export class SidekickService {
  constructor(private readonly deps: SidekickServiceDeps) {}

  /** The tenant's sidekicks by name. */
  async list(tenantId: string): Promise<SidekickView[]> {
    return (await repo.listSidekicks(this.deps.db, tenantId)).map(toView);
  }

  /** One sidekick by id. Throws `not_found` (also for another tenant's). */
  async get(tenantId: string, id: string): Promise<SidekickView> {
    return toView(await this.record(tenantId, id));
  }

  /** One sidekick by slug. Throws `not_found`. */
  async getBySlug(tenantId: string, slug: string): Promise<SidekickView> {
    const row = await repo.getSidekickBySlug(this.deps.db, tenantId, slug);
    if (!row) throw notFoundError(`sidekick "${slug}"`);
    return toView(row);
  }

  /** The sidekick a run created, or null. */
  async findByRun(tenantId: string, runId: string): Promise<SidekickView | null> {
    const row = await repo.getSidekickByRun(this.deps.db, tenantId, runId);
    return row ? toView(row) : null;
  }

  /**
   * Why `slug` (or the slug made from `name` when `slug` is absent) cannot be used in the tenant, or null
   * when it is free. What the create-a-sidekick review checks before completion.
   */
  async slugProblem(
    tenantId: string,
    input: { name?: string; slug?: string | null },
  ): Promise<string | null> {
    const slug = input.slug || (input.name ? slugFromName(input.name) : null);
    if (!slug) return null;
    return (await repo.isSidekickSlugTaken(this.deps.db, tenantId, slug))
      ? `the web address "${slug}" is already taken by another sidekick: choose another name or web address`
      : null;
  }

  /**
   * Creates a sidekick. Throws `conflict` when the slug is taken in the tenant or the run already created one.
   */
  async create(tenantId: string, input: SidekickCreate, origin: SidekickOrigin = {}): Promise<SidekickView> {
    const row = await repo.insertSidekick(this.deps.db, {
      tenantId,
      ...columns(input),
      name: input.name,
      slug: input.slug || slugFromName(input.name),
      createdBy: origin.createdBy ?? null,
      createdFromRunId: origin.createdFromRunId ?? null,
      builtin: origin.builtin ?? false,
    });
    return toView(row);
  }

  /** Changes a sidekick. Throws `not_found`, or `conflict` for a slug taken by another sidekick. */
  async update(tenantId: string, id: string, input: SidekickUpdate): Promise<SidekickView> {
    const patch = columns(input);
    if (input.name !== undefined) patch.name = input.name;
    if (input.slug !== undefined) patch.slug = input.slug;
    const row = await repo.updateSidekick(this.deps.db, tenantId, id, patch);
    if (!row) throw notFoundError(`sidekick ${id}`);
    return toView(row);
  }

  /** Deletes a sidekick. Throws `not_found`, or `conflict` for a built-in one. */
  async delete(tenantId: string, id: string): Promise<void> {
    const row = await this.record(tenantId, id);
    if (row.builtin)
      throw new DomainError('conflict', `${row.name} is built into Guidepost and cannot be deleted`);
    await repo.deleteSidekick(this.deps.db, tenantId, id);
  }

  private async record(tenantId: string, id: string): Promise<repo.SidekickRecord> {
    const row = await repo.getSidekick(this.deps.db, tenantId, id);
    if (!row) throw notFoundError(`sidekick ${id}`);
    return row;
  }
}

/** The columns the optional fields of an input set (absent fields are left out; null clears). */
function columns(input: SidekickUpdate): repo.SidekickPatch {
  const patch: repo.SidekickPatch = {};
  if (input.personality_description !== undefined)
    patch.personalityDescription = input.personality_description;
  if (input.voice_id !== undefined) patch.voiceId = input.voice_id;
  if (input.avatar_prompt !== undefined) patch.avatarPrompt = input.avatar_prompt;
  if (input.config_mode !== undefined) patch.configMode = input.config_mode;
  if (input.model !== undefined) patch.model = input.model;
  if (input.temperature !== undefined) patch.temperature = input.temperature;
  if (input.retrieval_depth !== undefined) patch.retrievalDepth = input.retrieval_depth;
  if (input.citation_style !== undefined) patch.citationStyle = input.citation_style;
  if (input.greeting !== undefined) patch.greeting = input.greeting;
  if (input.status !== undefined) patch.status = input.status;
  return patch;
}

function toView(row: repo.SidekickRecord): SidekickView {
  const { avatarData, ...rest } = row;
  return { ...rest, hasAvatar: avatarData !== null && avatarData.length > 0 };
}
