import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, tenantIdColumn } from './columns.js';
import type { ActionLogStatus } from '../core/actions/action-log.js';
import type { ApiAuthType } from '../core/actions/api-auth.js';

/**
 * Tables of the action system: the log of every action run (per run, or a test run of one action) and the
 * tenants' API configurations that `api_call` actions call through.
 */

/** One run of one action (one attempt): what went in, what came out or the error, how long it took. */
export const actionLogs = pgTable(
  'action_logs',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    /** Null for a test run of an action (`POST …/actions/:id/test`). */
    runId: uuid('run_id'),
    wizardId: uuid('wizard_id'),
    eventId: text('event_id').notNull(),
    actionId: text('action_id').notNull(),
    actionType: text('action_type').notNull(),
    trigger: text('trigger').notNull(),
    status: text('status').$type<ActionLogStatus>().notNull(),
    /** The mapped input (secrets never appear here: credentials are added by the executor). */
    input: jsonb('input').$type<unknown>(),
    output: jsonb('output').$type<unknown>(),
    error: text('error'),
    /** 1-based attempt of this action in this firing. */
    attempt: integer('attempt').notNull().default(1),
    durationMs: integer('duration_ms').notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index('action_logs_run_idx').on(t.runId, t.createdAt),
    index('action_logs_tenant_idx').on(t.tenantId, t.createdAt),
    check('action_logs_status_check', sql`${t.status} in ('succeeded', 'failed', 'skipped')`),
  ],
);

/**
 * A tenant's API configuration, what `api_call` actions call through: a base URL, how to authenticate, default
 * headers and a timeout. `credentials_sealed` holds the token, `user:password` or key sealed with the secret
 * box (purpose `api-configuration`); it is never returned by the API. `auth_param_name` is the header or query
 * parameter that carries an API key.
 */
export const apiConfigurations = pgTable(
  'api_configurations',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    name: text('name').notNull(),
    baseUrl: text('base_url').notNull(),
    authType: text('auth_type').$type<ApiAuthType>().notNull().default('none'),
    authParamName: text('auth_param_name'),
    credentialsSealed: text('credentials_sealed'),
    defaultHeaders: jsonb('default_headers').$type<Record<string, string>>().notNull().default({}),
    /** How long one call may take in all (connection, redirects, the whole body), in ms. */
    timeoutMs: integer('timeout_ms').notNull().default(10_000),
    createdAt: createdAtColumn(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('api_configurations_tenant_idx').on(t.tenantId, t.name),
    check(
      'api_configurations_auth_type_check',
      sql`${t.authType} in ('none', 'bearer', 'basic', 'api_key_header', 'api_key_query')`,
    ),
  ],
);

/**
 * A remote MCP server a tenant admin added for `mcp_call` actions: a Streamable HTTP `url` (checked by the SSRF
 * guard) with optional request headers, sealed as JSON with the secret box (purpose `mcp-server`) and never
 * returned; `header_names` lists their names for display. Local stdio servers are the operator's only
 * (GUIDEPOST_MCP_SERVERS) and never stored here.
 */
export const tenantMcpServers = pgTable(
  'tenant_mcp_servers',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    name: text('name').notNull(),
    url: text('url').notNull(),
    headersSealed: text('headers_sealed'),
    headerNames: jsonb('header_names').$type<string[]>().notNull().default([]),
    /** How long connecting, listing tools or one tool call may take, in ms. */
    timeoutMs: integer('timeout_ms').notNull().default(10_000),
    createdAt: createdAtColumn(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('tenant_mcp_servers_tenant_idx').on(t.tenantId, t.name)],
);
