import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, tenantIdColumn } from './columns.js';
import type { CitationStyle, ProviderKind, SidekickConfigMode, SidekickStatus } from '../core/sidekicks.js';
import { users } from './schema-accounts.js';

/**
 * Tables of sidekicks: the tenant's sidekicks (persona, voice, avatar, configuration) and the tenant's own
 * provider keys (LLM, speech and LiveKit credentials that replace the operator's global settings for that
 * tenant). Knowledge-base tables hang on `sidekicks.id`.
 */

/** `bytea`: raw bytes (a Buffer from node-postgres, a Uint8Array from PGlite; both write either). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/**
 * A sidekick of a tenant. `slug` is unique per tenant and makes its page address. The avatar is stored here:
 * the prompt it was drawn from, the image bytes (an SVG from the embedded generator, or a PNG from an image
 * model), their content type and `avatar_etag` (sha256 hex of the bytes, the HTTP ETag). The configuration
 * columns (`model` … `greeting`) apply in `advanced` mode; `greeting` also serves as a guide's first line.
 * `builtin` marks the sidekicks Guidepost seeds into every tenant (Farah Qubit). `created_from_run_id` is the
 * create-a-sidekick run that made it; unique, so one run creates at most one sidekick.
 */
export const sidekicks = pgTable(
  'sidekicks',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    personalityDescription: text('personality_description').notNull().default(''),
    voiceId: text('voice_id'),
    avatarPrompt: text('avatar_prompt'),
    avatarData: bytea('avatar_data'),
    avatarContentType: text('avatar_content_type'),
    avatarEtag: text('avatar_etag'),
    configMode: text('config_mode').$type<SidekickConfigMode>().notNull().default('default'),
    /** An AI SDK model id, e.g. `gpt-4o-mini` or `anthropic:claude-3-5-haiku-latest`. */
    model: text('model'),
    /** Sampling temperature, 0–2. */
    temperature: doublePrecision('temperature'),
    /** How many knowledge passages a turn retrieves (1–20). */
    retrievalDepth: integer('retrieval_depth'),
    citationStyle: text('citation_style').$type<CitationStyle>(),
    greeting: text('greeting'),
    status: text('status').$type<SidekickStatus>().notNull().default('active'),
    builtin: boolean('builtin').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdFromRunId: uuid('created_from_run_id'),
    createdAt: createdAtColumn(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('sidekicks_tenant_slug_key').on(t.tenantId, t.slug),
    uniqueIndex('sidekicks_created_from_run_key').on(t.createdFromRunId),
    index('sidekicks_tenant_name_idx').on(t.tenantId, t.name),
    check('sidekicks_status_check', sql`${t.status} in ('active', 'draft', 'archived')`),
    check('sidekicks_config_mode_check', sql`${t.configMode} in ('default', 'advanced')`),
    check(
      'sidekicks_citation_style_check',
      sql`${t.citationStyle} is null or ${t.citationStyle} in ('inline', 'footnotes', 'none')`,
    ),
  ],
);

/**
 * A tenant's key for one provider. `secret_sealed` is the key (for LiveKit: the API key and secret as JSON)
 * sealed with the secret box (purpose `provider-key`); it never leaves the server. `base_url` is the
 * OpenAI-compatible server or the LiveKit URL; `hint` the key's last four characters, shown to tell keys
 * apart. `last_test_*` record the last "Test key".
 */
export const providerKeys = pgTable(
  'provider_keys',
  {
    tenantId: tenantIdColumn(),
    provider: text('provider').$type<ProviderKind>().notNull(),
    secretSealed: text('secret_sealed').notNull(),
    baseUrl: text('base_url'),
    hint: text('hint').notNull().default(''),
    lastTestedAt: timestamp('last_tested_at', { withTimezone: true }),
    lastTestOk: boolean('last_test_ok'),
    lastTestMessage: text('last_test_message'),
    createdAt: createdAtColumn(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.provider] }),
    check(
      'provider_keys_provider_check',
      sql`${t.provider} in ('openai', 'anthropic', 'openai_compatible', 'elevenlabs', 'deepgram', 'livekit')`,
    ),
  ],
);
