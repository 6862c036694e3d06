import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, ownedBy, tenantIdColumn } from './columns.js';
import type { RunEvent } from '../core/events/run-events.js';
import type { WizardStatus } from '../core/wizard/definition.js';
import { wizardDefinitionJson } from './definition-column.js';
import type { RunStatus } from '../core/wizard/run-state.js';
import type { RunChannel } from '../core/run-channels.js';
import type { RunAttribution, WizardViewSource } from '../core/attribution.js';

/**
 * The database schema (Drizzle, pg-core), shared by PGlite and PostgreSQL. Migrations in `./migrations`
 * are generated from this file with `npm run db:generate` (drizzle-kit); never edit a generated migration.
 */

export * from './schema-accounts.js';
export * from './schema-webhooks.js';
export * from './schema-actions.js';
export * from './schema-sidekicks.js';
export * from './schema-knowledge.js';
export * from './schema-chat.js';
export * from './schema-quality.js';
export * from './schema-notifications.js';

/** The tenant of rows created without one (the CLI, the built-in wizards); created with the first account. */
export const DEFAULT_TENANT = 'default';

export { RUN_CHANNELS, type RunChannel } from '../core/run-channels.js';

export const TRANSCRIPT_ROLES = ['user', 'agent'] as const;
export type TranscriptRole = (typeof TRANSCRIPT_ROLES)[number];

const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/**
 * A wizard: its editable draft and the number of its latest published version. `draft` is the whole
 * WizardDefinition being edited (its `id` is this row's id). `source_hash` is the content hash of the
 * shipped JSON a built-in wizard was last seeded from (null for wizards built in the builder).
 */
export const wizards = pgTable(
  'wizards',
  {
    id: idColumn(),
    tenantId: text('tenant_id').notNull().default(DEFAULT_TENANT),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    status: text('status').$type<WizardStatus>().notNull().default('draft'),
    isTemplate: boolean('is_template').notNull().default(false),
    builtin: boolean('builtin').notNull().default(false),
    draft: wizardDefinitionJson('draft').notNull(),
    latestVersion: integer('latest_version'),
    sourceHash: text('source_hash'),
    createdAt: createdAtColumn(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('wizards_tenant_slug_key').on(t.tenantId, t.slug),
    index('wizards_tenant_status_idx').on(t.tenantId, t.status),
    check('wizards_status_check', sql`${t.status} in ('draft', 'published', 'archived')`),
  ],
);

/** An immutable published version of a wizard. Runs pin one; rows are only ever inserted. */
export const wizardVersions = pgTable(
  'wizard_versions',
  {
    wizardId: uuid('wizard_id')
      .notNull()
      .references(() => wizards.id, { onDelete: 'restrict' }),
    version: integer('version').notNull(),
    definition: wizardDefinitionJson('definition').notNull(),
    /** sha256 of the canonical JSON of `definition`. */
    contentHash: text('content_hash').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.wizardId, t.version] }),
    check('wizard_versions_version_check', sql`${t.version} > 0`),
  ],
);

/**
 * A run of a pinned wizard version. The event log (`run_events`) is the truth; `status`, `current_step_id`,
 * `values` and `last_seq` are a denormalised copy of the folded state, kept for listing.
 */
export const runs = pgTable(
  'runs',
  {
    id: idColumn(),
    wizardId: uuid('wizard_id').notNull(),
    wizardVersion: integer('wizard_version').notNull(),
    tenantId: text('tenant_id').notNull().default(DEFAULT_TENANT),
    status: text('status').$type<RunStatus | 'created'>().notNull().default('created'),
    channel: text('channel').$type<RunChannel>().notNull(),
    visitorId: text('visitor_id'),
    /** The signed-in user who started the run, for "my runs"; null for anonymous and CLI runs. */
    userId: uuid('user_id'),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    /** Referrer, landing page and UTM parameters of a visitor's run (see RunAttribution); {} otherwise. */
    attribution: jsonb('attribution').$type<RunAttribution>().notNull().default({}),
    /** sha256 (hex) of the run token: a capability to read and fill this one run (anonymous visitors). */
    runTokenHash: text('run_token_hash'),
    currentStepId: text('current_step_id'),
    values: jsonb('values').$type<Record<string, unknown>>().notNull().default({}),
    /** The seq of the last event appended (0 before the first). */
    lastSeq: integer('last_seq').notNull().default(0),
    createdAt: createdAtColumn(),
    updatedAt: updatedAt(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    foreignKey({
      name: 'runs_wizard_version_fk',
      columns: [t.wizardId, t.wizardVersion],
      foreignColumns: [wizardVersions.wizardId, wizardVersions.version],
    }).onDelete('restrict'),
    index('runs_wizard_created_idx').on(t.wizardId, t.createdAt),
    index('runs_tenant_status_idx').on(t.tenantId, t.status),
    index('runs_tenant_created_idx').on(t.tenantId, t.createdAt),
    /** The abandonment sweep's scan: active runs by last change. */
    index('runs_status_updated_idx').on(t.status, t.updatedAt),
    check('runs_status_check', sql`${t.status} in ('created', 'active', 'completed', 'abandoned')`),
    check('runs_channel_check', sql`${t.channel} in ('form', 'chat', 'voice', 'cli', 'mcp')`),
  ],
);

/**
 * A run's append-only event log. `payload` is the whole RunEvent; `type`, `actor` and `at` are copies for
 * queries. The primary key (run_id, seq) is the optimistic concurrency check: two writers appending at the
 * same seq cannot both succeed.
 */
export const runEvents = pgTable(
  'run_events',
  {
    runId: ownedBy('run_id', () => runs.id),
    seq: integer('seq').notNull(),
    type: text('type').$type<RunEvent['type']>().notNull(),
    actor: text('actor').$type<RunEvent['actor']>().notNull(),
    payload: jsonb('payload').$type<RunEvent>().notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.seq] }), index('run_events_type_at_idx').on(t.type, t.at)],
);

/** The guide's conversation in a run: what the user said and what the agent answered, in order. */
export const transcriptEntries = pgTable(
  'transcript_entries',
  {
    runId: ownedBy('run_id', () => runs.id),
    seq: integer('seq').notNull(),
    role: text('role').$type<TranscriptRole>().notNull(),
    text: text('text').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.runId, t.seq] }),
    check('transcript_entries_role_check', sql`${t.role} in ('user', 'agent')`),
  ],
);

/**
 * `bytea`: raw bytes. node-postgres reads it as a Buffer, PGlite as a Uint8Array (a Buffer is one too), and
 * both write either.
 */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * Files uploaded into runs (`file_upload` fields): name, MIME type, size, sha256 and the bytes themselves.
 * The bytes live in PostgreSQL (`bytea`) on purpose: PostgreSQL holds all state and API nodes are stateless
 * (DESIGN.md), so any node serves any upload or download, backups cover the files, and no second store needs
 * configuring. Uploads are capped by GUIDEPOST_MAX_UPLOAD_BYTES (default 10 MB), well inside what `bytea` and
 * both drivers handle. A run's values reference a file by its FileRef url, `/api/v1/runs/:run_id/files/:id`;
 * deleting the run deletes its files.
 */
export const runFiles = pgTable(
  'run_files',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    runId: ownedBy('run_id', () => runs.id),
    /** The `file_upload` field of the run's pinned definition the file was uploaded for. */
    fieldName: text('field_name').notNull(),
    /** The file's name as the uploader's system gave it (no directory). */
    fileName: text('file_name').notNull(),
    /** Lowercase MIME type without parameters; `application/octet-stream` when unknown. */
    contentType: text('content_type').notNull(),
    /** In bytes. */
    size: integer('size').notNull(),
    /** sha256 of the bytes, hex. */
    sha256: text('sha256').notNull(),
    bytes: bytea('bytes').notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index('run_files_tenant_run_idx').on(t.tenantId, t.runId),
    check('run_files_size_check', sql`${t.size} >= 0`),
  ],
);

/**
 * Views of a wizard's public page or embedded widget, counted once per visitor per wizard per UTC day
 * (the unique index makes a repeated view a no-op). `visitor_id` is the first-party visitor id.
 */
export const wizardViews = pgTable(
  'wizard_views',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    wizardId: ownedBy('wizard_id', () => wizards.id),
    visitorId: text('visitor_id').notNull(),
    source: text('source').$type<WizardViewSource>().notNull(),
    /** The UTC calendar day of the view (YYYY-MM-DD). */
    day: text('day').notNull(),
    attribution: jsonb('attribution').$type<RunAttribution>().notNull().default({}),
    createdAt: createdAtColumn(),
  },
  (t) => [
    uniqueIndex('wizard_views_once_per_day_idx').on(t.wizardId, t.visitorId, t.day),
    index('wizard_views_tenant_wizard_day_idx').on(t.tenantId, t.wizardId, t.day),
    check('wizard_views_source_check', sql`${t.source} in ('page', 'embed')`),
  ],
);
