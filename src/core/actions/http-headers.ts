import { z } from 'zod';

/**
 * HTTP header rules shared by API configurations (default headers), remote MCP servers (headers) and `api_call`
 * actions (per-action headers), in the browser and the server alike.
 */

/** An RFC 9110 token: what a header name may be made of. */
export const HEADER_NAME_PATTERN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** What Node accepts in a header value: no control characters, so no line breaks. */
export const HEADER_VALUE_PATTERN = /^[\t\x20-\x7e\x80-\xff]*$/;

/** An HTTP header name (RFC 9110 token). */
export const HeaderNameSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(HEADER_NAME_PATTERN, 'must be an HTTP header name');

/** Headers the HTTP client sets itself: never taken from a configuration or an action. */
export const TRANSPORT_HEADERS: ReadonlySet<string> = new Set([
  'host',
  'content-length',
  'content-type',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'upgrade',
  'te',
  'trailer',
]);

const CREDENTIAL_NAMES = new Set(['authorization', 'proxy-authorization', 'cookie']);
const CREDENTIAL_WORDS =
  /(^|[-_.])(api[-_]?key|key|token|secret|password|passwd|auth|session|signature)([-_.]|$)/i;

/**
 * Whether a header is likely to carry a credential: Authorization, Proxy-Authorization, Cookie, or a name with
 * a word such as key, token, secret, password, auth, session or signature (`X-Api-Key`, `X-Auth-Token`).
 */
export function isCredentialHeader(name: string): boolean {
  return CREDENTIAL_NAMES.has(name.toLowerCase()) || CREDENTIAL_WORDS.test(name);
}

/** Whether a liquid template takes something from the run (an output `{{ … }}` or a tag `{% … %}`). */
function isTemplated(value: string): boolean {
  return /\{\{[\s\S]*\}\}|\{%[\s\S]*%\}/.test(value);
}

/** The most headers one action sends of its own. */
export const MAX_ACTION_HEADERS = 20;

/**
 * The per-action headers of an `api_call`: header name → liquid template (`{{ values.locale }}`), rendered
 * like the input mapping and sent after the API configuration's default headers (an action's header wins
 * over a default of the same name; the configuration's authentication wins over both). Refused, each at its
 * name: a name that is not an HTTP token, headers the client sets itself (TRANSPORT_HEADERS), the same name twice in another case, and a
 * credential header (see isCredentialHeader) with a literal value — the wizard definition is shown to every
 * editor, versioned and exported, so a secret belongs in the API configuration (encrypted, write-only) or
 * comes from the run through a template (`{{ results.login.token }}`); such rendered values are masked in
 * errors and logs.
 */
export const ActionHeadersSchema = z
  .record(
    z.string().max(100),
    z.string().max(2000).regex(HEADER_VALUE_PATTERN, 'must not contain line breaks or control characters'),
  )
  .superRefine((headers, ctx) => {
    const names = Object.keys(headers);
    if (names.length > MAX_ACTION_HEADERS)
      ctx.addIssue({ code: 'custom', message: `at most ${MAX_ACTION_HEADERS} headers` });
    const seen = new Set<string>();
    for (const [name, value] of Object.entries(headers)) {
      const lower = name.toLowerCase();
      if (!HEADER_NAME_PATTERN.test(name))
        ctx.addIssue({ code: 'custom', path: [name], message: 'must be an HTTP header name' });
      else if (TRANSPORT_HEADERS.has(lower))
        ctx.addIssue({ code: 'custom', path: [name], message: 'is set by Guidepost itself' });
      else if (seen.has(lower))
        ctx.addIssue({ code: 'custom', path: [name], message: 'is given twice (header names ignore case)' });
      else if (isCredentialHeader(name) && !isTemplated(value))
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message:
            'carries a credential: a value typed here is saved in the wizard, shown to its editors and exported. Put it in the API configuration (encrypted, never shown), or take it from the run with a template such as {{ results.login.token }}',
        });
      seen.add(lower);
    }
  });
