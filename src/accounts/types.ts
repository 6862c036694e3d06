/** The shapes the account services answer with (rows are plain objects; dates are Date). */
export type { Member, TenantWithRole, UserRecord } from '../db/accounts.js';
export type { ApiKeySummary } from '../db/credentials.js';
export type { TenantOverview } from '../db/tenant-overview.js';
