/**
 * How an API configuration authenticates its calls (shared by the server, the API and the builder):
 * - `none`: no credentials;
 * - `bearer`: `Authorization: Bearer <token>`;
 * - `basic`: `Authorization: Basic base64(user:password)`, the credentials being `user:password`;
 * - `api_key_header`: the key in the header named by `auth_param_name`;
 * - `api_key_query`: the key in the query parameter named by `auth_param_name`.
 */
export const API_AUTH_TYPES = ['none', 'bearer', 'basic', 'api_key_header', 'api_key_query'] as const;
export type ApiAuthType = (typeof API_AUTH_TYPES)[number];

/** What one auth type needs besides its type: credentials, and the name of the header or query parameter. */
export function authNeeds(type: ApiAuthType): { credentials: boolean; paramName: boolean } {
  return {
    credentials: type !== 'none',
    paramName: type === 'api_key_header' || type === 'api_key_query',
  };
}
