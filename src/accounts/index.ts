/** The account services: sign-up and sessions, tenant members, API keys, tenants and roles. */
export * from './api-keys.js';
export * from './members.js';
export * from './roles.js';
export * from './sessions.js';
export * from './tenants.js';
export * from './types.js';
