import { BUILTIN_SIDEKICKS } from '../builtin/sidekicks.js';
import { loadBuiltinWizards } from '../builtin/index.js';
import { DomainError, notFoundError } from '../core/errors.js';
import type { Db } from '../db/client.js';
import * as repo from '../db/sidekicks.js';
import { seedBuiltinWizards } from '../db/wizards.js';
import { Avatars, type AvatarImage } from './avatars.js';
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
  /** Draws avatars (default: the embedded generator only). */
  avatars?: Avatars;
}

/** The sidekick logic (see the module comment); routes validate, call it and map views to JSON. */
export class SidekickService {
  /** Tenants whose built-ins this process has already ensured. */
  private readonly ensured = new Map<string, Promise<void>>();

  private readonly avatars: Avatars;

  constructor(private readonly deps: SidekickServiceDeps) {
    this.avatars = deps.avatars ?? new Avatars();
  }

  /**
   * Makes sure the tenant has the built-in sidekicks (Farah Qubit) and the create-a-sidekick wizard they guide
   * (the wizard's completion creates the sidekick in the run's tenant, so each tenant runs its own copy).
   * Idempotent and cheap after the first call per tenant in a process; an existing row is never overwritten.
   */
  ensureBuiltins(tenantId: string): Promise<void> {
    let pending = this.ensured.get(tenantId);
    if (!pending) {
      pending = this.seed(tenantId);
      this.ensured.set(tenantId, pending);
      pending.catch(() => this.ensured.delete(tenantId));
    }
    return pending;
  }

  private async seed(tenantId: string): Promise<void> {
    for (const builtin of BUILTIN_SIDEKICKS)
      await repo.insertSidekickIfAbsent(this.deps.db, {
        tenantId,
        ...columns(builtin),
        ...avatarColumns(await this.avatars.make(tenantId, builtin.avatar_prompt, builtin.name)),
        name: builtin.name,
        slug: builtin.slug,
        builtin: true,
      });
    const wizards = loadBuiltinWizards().filter((w) => w.slug === 'create-a-sidekick');
    await seedBuiltinWizards(this.deps.db, wizards, { tenant: tenantId });
  }

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
      ? `the web address "${slug}" is already taken by another sidekick: choose another name or web address.`
      : null;
  }

  /**
   * Creates a sidekick with its avatar drawn from `avatar_prompt` (or its name when there is none). Throws
   * `conflict` when the slug is taken in the tenant or the run already created one.
   */
  async create(tenantId: string, input: SidekickCreate, origin: SidekickOrigin = {}): Promise<SidekickView> {
    const row = await repo.insertSidekick(this.deps.db, {
      tenantId,
      ...columns(input),
      ...avatarColumns(await this.avatars.make(tenantId, input.avatar_prompt, input.name)),
      name: input.name,
      slug: input.slug || slugFromName(input.name),
      createdBy: origin.createdBy ?? null,
      createdFromRunId: origin.createdFromRunId ?? null,
      builtin: origin.builtin ?? false,
    });
    return toView(row);
  }

  /**
   * Changes a sidekick; a new `avatar_prompt` redraws the avatar. Throws `not_found`, or `conflict` for a slug
   * taken by another sidekick.
   */
  async update(tenantId: string, id: string, input: SidekickUpdate): Promise<SidekickView> {
    const patch = columns(input);
    if (input.name !== undefined) patch.name = input.name;
    if (input.slug !== undefined) patch.slug = input.slug;
    if (input.avatar_prompt !== undefined) {
      const current = await this.record(tenantId, id);
      if (input.avatar_prompt !== current.avatarPrompt)
        Object.assign(
          patch,
          avatarColumns(await this.avatars.make(tenantId, input.avatar_prompt, input.name ?? current.name)),
        );
    }
    const row = await repo.updateSidekick(this.deps.db, tenantId, id, patch);
    if (!row) throw notFoundError(`sidekick ${id}`);
    return toView(row);
  }

  /** Redraws the avatar from `prompt` (the stored prompt when absent; a new image from an image model). */
  async regenerateAvatar(tenantId: string, id: string, prompt?: string | null): Promise<SidekickView> {
    const current = await this.record(tenantId, id);
    const avatarPrompt = prompt === undefined ? current.avatarPrompt : prompt;
    const row = await repo.updateSidekick(this.deps.db, tenantId, id, {
      avatarPrompt,
      ...avatarColumns(await this.avatars.make(tenantId, avatarPrompt, current.name)),
    });
    if (!row) throw notFoundError(`sidekick ${id}`);
    return toView(row);
  }

  /** The stored avatar image. Throws `not_found` for no such sidekick or one without an avatar. */
  async avatar(tenantId: string, id: string): Promise<Omit<AvatarImage, 'source'>> {
    const row = await this.record(tenantId, id);
    if (!row.avatarData || !row.avatarContentType || !row.avatarEtag)
      throw notFoundError(`the avatar of sidekick ${id}`);
    return { data: Buffer.from(row.avatarData), contentType: row.avatarContentType, etag: row.avatarEtag };
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

function avatarColumns(image: AvatarImage): repo.SidekickPatch {
  return { avatarData: image.data, avatarContentType: image.contentType, avatarEtag: image.etag };
}

function toView(row: repo.SidekickRecord): SidekickView {
  const { avatarData, ...rest } = row;
  return { ...rest, hasAvatar: avatarData !== null && avatarData.length > 0 };
}
