import { authNeeds, type ApiAuthType } from '../core/actions/api-auth.js';
import { DomainError, notFoundError, type InvalidParam } from '../core/errors.js';
import * as repo from '../db/api-configs.js';
import type { Db } from '../db/client.js';
import type { SecretBox } from '../db/secrets.js';
import { assertPublicHost } from '../webhooks/ssrf.js';

/**
 * API configurations as the API sees them: everything is scoped to the caller's tenant (another tenant's
 * configuration is "not found"), credentials are sealed before they are stored and never come back out of
 * this service (a view says only `hasCredentials`), and base URLs must be http(s) on a public address unless
 * the operator allows private ones (GUIDEPOST_ACTIONS_ALLOW_PRIVATE). The `api_call` executor opens the
 * credentials itself (executors/api-call.ts).
 */

/** The secret box purpose that seals API configuration credentials. */
export const API_CONFIG_SECRET_PURPOSE = 'api-configuration';

/** A configuration without its credentials: what the API may show. */
export type ApiConfigView = Omit<repo.ApiConfigRecord, 'credentialsSealed'> & { hasCredentials: boolean };

/**
 * A new configuration. `credentials` is the bearer token, `user:password` (basic) or the API key; required
 * unless `authType` is `none`. `authParamName` names the API key's header or query parameter.
 */
export interface ApiConfigInput {
  name: string;
  baseUrl: string;
  authType: ApiAuthType;
  authParamName?: string | null;
  credentials?: string;
  defaultHeaders?: Record<string, string>;
  /** Whole-call deadline in ms (default 10 000). */
  timeoutMs?: number;
}

/** Changes to a configuration. A new non-`none` auth type needs new credentials; `none` drops them. */
export type ApiConfigPatch = Partial<ApiConfigInput>;

export interface ApiConfigServiceDeps {
  db: Db;
  /** Seals API credentials (purpose `api-configuration`). */
  secrets: SecretBox;
  /** Allow base URLs on private, loopback and link-local addresses (GUIDEPOST_ACTIONS_ALLOW_PRIVATE). */
  allowPrivate: boolean;
}

/** The API configuration logic (see the module comment); routes validate, call it and map views to JSON. */
export class ApiConfigService {
  constructor(private readonly deps: ApiConfigServiceDeps) {}

  /** The tenant's configurations by name. */
  async list(tenantId: string): Promise<ApiConfigView[]> {
    return (await repo.listApiConfigs(this.deps.db, tenantId)).map(toView);
  }

  /** One configuration. Throws `not_found` (also for another tenant's). */
  async get(tenantId: string, id: string): Promise<ApiConfigView> {
    const row = await repo.getApiConfig(this.deps.db, tenantId, id);
    if (!row) throw notFoundError(`API configuration ${id}`);
    return toView(row);
  }

  /** Creates a configuration. Throws `bad_request` for a refused URL or auth settings that do not fit. */
  async create(tenantId: string, input: ApiConfigInput): Promise<ApiConfigView> {
    this.checkBaseUrl(input.baseUrl);
    const paramName = authNeeds(input.authType).paramName ? (input.authParamName ?? null) : null;
    checkAuth(input.authType, paramName, input.credentials, false);
    const row = await repo.insertApiConfig(this.deps.db, {
      tenantId,
      name: input.name,
      baseUrl: input.baseUrl,
      authType: input.authType,
      authParamName: paramName,
      credentialsSealed: this.sealed(input.authType, input.credentials),
      defaultHeaders: input.defaultHeaders ?? {},
      ...(input.timeoutMs !== undefined ? { timeoutMs: input.timeoutMs } : {}),
    });
    return toView(row);
  }

  /**
   * Changes a configuration. Credentials are kept unless new ones are given; changing the auth type to
   * another than `none` needs new ones. Throws `not_found` or `bad_request`.
   */
  async update(tenantId: string, id: string, patch: ApiConfigPatch): Promise<ApiConfigView> {
    const current = await repo.getApiConfig(this.deps.db, tenantId, id);
    if (!current) throw notFoundError(`API configuration ${id}`);
    if (patch.baseUrl !== undefined) this.checkBaseUrl(patch.baseUrl);
    const authType = patch.authType ?? current.authType;
    const typeChanged = authType !== current.authType;
    const paramName = authNeeds(authType).paramName
      ? patch.authParamName !== undefined
        ? patch.authParamName
        : current.authParamName
      : null;
    checkAuth(authType, paramName, patch.credentials, !typeChanged && current.credentialsSealed !== null);
    const credentialsSealed =
      patch.credentials !== undefined || typeChanged
        ? this.sealed(authType, patch.credentials)
        : current.credentialsSealed;
    const row = await repo.updateApiConfig(this.deps.db, tenantId, id, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.baseUrl !== undefined ? { baseUrl: patch.baseUrl } : {}),
      ...(patch.defaultHeaders !== undefined ? { defaultHeaders: patch.defaultHeaders } : {}),
      ...(patch.timeoutMs !== undefined ? { timeoutMs: patch.timeoutMs } : {}),
      authType,
      authParamName: paramName,
      credentialsSealed,
    });
    if (!row) throw notFoundError(`API configuration ${id}`);
    return toView(row);
  }

  /** Deletes a configuration. Throws `not_found`. */
  async delete(tenantId: string, id: string): Promise<void> {
    if (!(await repo.deleteApiConfig(this.deps.db, tenantId, id)))
      throw notFoundError(`API configuration ${id}`);
  }

  private sealed(authType: ApiAuthType, credentials: string | undefined): string | null {
    return authNeeds(authType).credentials && credentials !== undefined
      ? this.deps.secrets.seal(credentials)
      : null;
  }

  /** Throws `bad_request` unless `url` is http(s), has no user, query or fragment and (unless allowed) is public. */
  private checkBaseUrl(url: string): void {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw invalid([{ name: 'body.base_url', reason: 'is not a valid URL' }]);
    }
    const reason =
      parsed.protocol !== 'http:' && parsed.protocol !== 'https:'
        ? 'must be an http or https URL'
        : parsed.username || parsed.password
          ? 'must not contain credentials (use auth_type and credentials)'
          : parsed.search || parsed.hash
            ? "must not contain a query or fragment (use the action's query)"
            : null;
    if (reason) throw invalid([{ name: 'body.base_url', reason }]);
    if (this.deps.allowPrivate) return;
    try {
      assertPublicHost(parsed);
    } catch {
      throw invalid([
        {
          name: 'body.base_url',
          reason: `${parsed.hostname} is a private, loopback or reserved address (refused unless GUIDEPOST_ACTIONS_ALLOW_PRIVATE=true)`,
        },
      ]);
    }
  }
}

/** A view of a row: everything but the sealed credentials, and whether there are some. */
function toView(row: repo.ApiConfigRecord): ApiConfigView {
  const { credentialsSealed, ...rest } = row;
  return { ...rest, hasCredentials: credentialsSealed !== null };
}

/**
 * Throws `bad_request` when the auth settings do not fit the type: credentials missing (neither given nor
 * `stored`) or given for `none`, a missing header or query parameter name for API keys, basic credentials
 * without `:`.
 */
function checkAuth(
  type: ApiAuthType,
  paramName: string | null,
  credentials: string | undefined,
  stored: boolean,
): void {
  const needs = authNeeds(type);
  const problems: InvalidParam[] = [];
  if (needs.credentials && !credentials && !stored)
    problems.push({ name: 'body.credentials', reason: `is required for auth_type ${type}` });
  if (!needs.credentials && credentials !== undefined)
    problems.push({ name: 'body.credentials', reason: 'must not be given for auth_type none' });
  if (type === 'basic' && credentials && !credentials.includes(':'))
    problems.push({ name: 'body.credentials', reason: 'must be user:password for auth_type basic' });
  if (needs.paramName && !paramName)
    problems.push({ name: 'body.auth_param_name', reason: `is required for auth_type ${type}` });
  if (problems.length > 0) throw invalid(problems);
}

function invalid(problems: InvalidParam[]): DomainError {
  return new DomainError('bad_request', problems.map((p) => `${p.name} ${p.reason}`).join('; '), {
    invalidParams: problems,
  });
}
