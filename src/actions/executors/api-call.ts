import { getApiConfig } from '../../db/api-configs.js';
import { SecretDecryptionError } from '../../db/secrets.js';
import type { Db } from '../../db/client.js';
import type { SecretBox } from '../../db/secrets.js';
import { buildApiRequest } from '../api-request.js';
import { ActionError, type ActionExecutor } from '../executor.js';
import { httpCall, type HttpCallOptions } from '../http-call.js';

/** What the `api_call` executor needs: the database, the secret box of API credentials, the address policy. */
export interface ApiCallDeps {
  db: Db;
  /** Opens API configuration credentials (purpose `api-configuration`). */
  secrets: SecretBox;
  /** GUIDEPOST_ACTIONS_ALLOW_PRIVATE, or a per-URL decision (see HttpCallOptions). */
  allowPrivate: HttpCallOptions['allowPrivate'];
  /** Largest response body in bytes (default 1 MiB). */
  maxResponseBytes?: number;
}

/**
 * The `api_call` executor: loads the API configuration `config.api_config_id` of the context's tenant, opens
 * its credentials, and calls `config.method` on base URL + `config.path` with `config.query` and
 * `config.headers` (all already rendered by the reactor) and, when `config.body` is `input`, the mapped input as the JSON body (GET and
 * DELETE never send one). Its output is the response body only — parsed JSON, or text, or null when empty — so
 * an action's `output_handling.path` starts at the API's own data; non-2xx answers are errors, so the status
 * adds nothing. Throws ActionError: an unknown configuration or credentials that no longer decrypt (not
 * retryable), or what httpCall throws.
 */
export function apiCallExecutor(deps: ApiCallDeps): ActionExecutor<'api_call'> {
  return async (action, input, ctx) => {
    const { config } = action;
    const record = await getApiConfig(deps.db, ctx.tenantId, config.api_config_id);
    if (!record) throw new ActionError(`API configuration ${config.api_config_id} was not found`);
    const sendsBody = config.body === 'input' && config.method !== 'GET' && config.method !== 'DELETE';
    const request = buildApiRequest(
      {
        baseUrl: record.baseUrl,
        authType: record.authType,
        authParamName: record.authParamName,
        credentials: openCredentials(deps.secrets, record.credentialsSealed),
        defaultHeaders: record.defaultHeaders,
      },
      {
        method: config.method,
        path: config.path,
        query: config.query,
        headers: config.headers,
        ...(sendsBody ? { body: input } : {}),
      },
    );
    const result = await httpCall(request, {
      timeoutMs: record.timeoutMs,
      allowPrivate: deps.allowPrivate,
      maxResponseBytes: deps.maxResponseBytes,
      signal: ctx.signal,
    });
    return result.body;
  };
}

function openCredentials(secrets: SecretBox, sealed: string | null): string | null {
  if (sealed === null) return null;
  try {
    return secrets.open(sealed);
  } catch (error) {
    if (!(error instanceof SecretDecryptionError)) throw error;
    throw new ActionError(
      "the API configuration's credentials cannot be decrypted (was APP_SECRET changed?); enter them again",
    );
  }
}
