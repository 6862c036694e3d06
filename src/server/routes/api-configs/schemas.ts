import { z } from 'zod';
import type { ApiConfigInput, ApiConfigView } from '../../../actions/api-configs.js';
import { API_AUTH_TYPES, authNeeds } from '../../../core/actions/api-auth.js';
import {
  HEADER_VALUE_PATTERN,
  HeaderNameSchema,
  TRANSPORT_HEADERS,
} from '../../../core/actions/http-headers.js';

/** Zod schemas of the API configuration API and the mapping of views to their JSON (snake_case, ISO dates). */

export const ApiConfigParams = z.object({ id: z.string().min(1).max(100) });

const HeaderValue = HEADER_VALUE_PATTERN;

/** Headers the client sets itself, or that carry credentials (use auth_type and credentials for those). */
const RESERVED_HEADERS = new Set([...TRANSPORT_HEADERS, 'authorization', 'proxy-authorization']);

/** An HTTP header name (RFC 9110 token). */
export const HeaderName = HeaderNameSchema;

const DefaultHeaders = z
  .record(
    HeaderName.refine((name) => !RESERVED_HEADERS.has(name.toLowerCase()), {
      error: 'is set by Guidepost (credentials go in auth_type and credentials)',
    }),
    z.string().max(2000).regex(HeaderValue, 'must not contain line breaks or control characters'),
  )
  .refine((headers) => Object.keys(headers).length <= 50, { error: 'at most 50 headers' })
  .describe('headers sent with every call; they are shown by the API, so never put secrets here');

/** An HTTP header value: no line breaks or control characters. */
export const HeaderValueText = z
  .string()
  .max(4096)
  .regex(HeaderValue, 'must not contain line breaks or control characters');

const fields = {
  name: z.string().trim().min(1).max(200),
  base_url: z
    .url({ protocol: /^https?$/, error: 'must be an http or https URL' })
    .max(2048)
    .describe("the action's path is appended to it; no query or fragment"),
  auth_type: z.enum(API_AUTH_TYPES),
  auth_param_name: HeaderName.nullable().describe(
    'the header (api_key_header) or query parameter (api_key_query) that carries the key',
  ),
  credentials: z
    .string()
    .min(1)
    .max(4096)
    .regex(HeaderValue, 'must not contain line breaks or control characters')
    .describe('the token, user:password (basic) or key: write-only, never returned'),
  default_headers: DefaultHeaders,
  timeout_ms: z.number().int().min(100).max(60_000).describe('deadline of one whole call, in ms'),
};

export const CreateApiConfigBody = z
  .strictObject({
    ...fields,
    auth_type: fields.auth_type.default('none'),
    auth_param_name: fields.auth_param_name.optional(),
    credentials: fields.credentials.optional(),
    default_headers: fields.default_headers.optional(),
    timeout_ms: fields.timeout_ms.optional(),
  })
  .superRefine((body, ctx) => {
    const needs = authNeeds(body.auth_type);
    if (needs.credentials && body.credentials === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['credentials'],
        message: `is required for auth_type ${body.auth_type}`,
      });
    if (!needs.credentials && body.credentials !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['credentials'],
        message: 'must not be given for auth_type none',
      });
    if (needs.paramName && !body.auth_param_name)
      ctx.addIssue({
        code: 'custom',
        path: ['auth_param_name'],
        message: `is required for auth_type ${body.auth_type}`,
      });
  });

export const UpdateApiConfigBody = z.strictObject(fields).partial();

export const ApiConfigSchema = z.object({
  id: z.string(),
  name: z.string(),
  base_url: z.string(),
  auth_type: z.enum(API_AUTH_TYPES),
  auth_param_name: z.string().nullable(),
  has_credentials: z.boolean().describe('whether credentials are stored; they are never returned'),
  default_headers: z.record(z.string(), z.string()),
  timeout_ms: z.number().int(),
  created_at: z.string(),
  updated_at: z.string(),
});

/** The service's input from a create or update body (only the members given). */
export function apiConfigInput(body: z.infer<typeof UpdateApiConfigBody>): Partial<ApiConfigInput> {
  return {
    ...(body.name !== undefined ? { name: body.name } : {}),
    ...(body.base_url !== undefined ? { baseUrl: body.base_url } : {}),
    ...(body.auth_type !== undefined ? { authType: body.auth_type } : {}),
    ...(body.auth_param_name !== undefined ? { authParamName: body.auth_param_name } : {}),
    ...(body.credentials !== undefined ? { credentials: body.credentials } : {}),
    ...(body.default_headers !== undefined ? { defaultHeaders: body.default_headers } : {}),
    ...(body.timeout_ms !== undefined ? { timeoutMs: body.timeout_ms } : {}),
  };
}

/** A configuration's JSON: never its credentials, only `has_credentials`. */
export function apiConfigJson(c: ApiConfigView): z.infer<typeof ApiConfigSchema> {
  return {
    id: c.id,
    name: c.name,
    base_url: c.baseUrl,
    auth_type: c.authType,
    auth_param_name: c.authParamName,
    has_credentials: c.hasCredentials,
    default_headers: c.defaultHeaders,
    timeout_ms: c.timeoutMs,
    created_at: c.createdAt.toISOString(),
    updated_at: c.updatedAt.toISOString(),
  };
}
