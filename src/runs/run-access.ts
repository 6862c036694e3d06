import { getMember } from '../db/accounts.js';
import type { Db } from '../db/client.js';
import { getRun, type RunRecord } from '../db/runs.js';
import type { TenantRole } from '../db/schema-accounts.js';
import { DomainError, notFoundError } from '../core/errors.js';
import { runTokenMatches } from './run-tokens.js';

/**
 * Who may use a run. A run token is a capability for that one run. A signed-in caller may use a run of the
 * tenant they act in: admins, owners and superadmins any run, members the runs they started. Anything else is
 * `not_found` (a run of another tenant must not be seen to exist).
 */

/** A signed-in caller acting in a tenant, as run access sees them (a server Principal fits). */
export interface TenantCaller {
  tenantId: string;
  userId: string;
  role: TenantRole;
  superadmin: boolean;
}

/** A caller's credentials for a run: the signed-in caller (or null) and the run token (or undefined). */
export interface RunCredentials {
  caller: TenantCaller | null;
  token?: string;
}

/** How a caller reached a run: the run row, by its token or as a signed-in caller, and that caller. */
export interface RunAccess {
  run: RunRecord;
  via: 'token' | 'session';
  caller: TenantCaller | null;
}

/** The user who started a run, as a member of the run's tenant sees them. */
export interface RunStarter {
  id: string;
  name: string;
  email: string;
}

/** Roles that may use every run of their tenant. */
const SEES_ALL_RUNS: ReadonlySet<TenantRole> = new Set(['admin', 'owner']);

/** Whether a signed-in caller may use a run: same tenant, and admin (or above) or the run's starter. */
export function callerMayUse(caller: TenantCaller, run: Pick<RunRecord, 'tenantId' | 'userId'>): boolean {
  if (caller.tenantId !== run.tenantId) return false;
  if (caller.superadmin || SEES_ALL_RUNS.has(caller.role)) return true;
  return run.userId !== null && run.userId === caller.userId;
}

/**
 * The run, if the credentials open it. Throws `unauthenticated` when there are no credentials at all (said
 * before looking the run up), `not_found` when the run does not exist or the credentials do not open it.
 * `known`: the runs row as this process already holds it, current (see RunHandles.known); the run is then not
 * read again (who may use a run never changes).
 */
export async function authorizeRun(
  db: Db,
  runId: string,
  credentials: RunCredentials,
  known?: RunRecord | null,
): Promise<RunAccess> {
  const { caller, token } = credentials;
  if (!caller && !token)
    throw new DomainError(
      'unauthenticated',
      'sign in, or send the run token of this run in the X-Run-Token header',
    );
  const run = known?.id === runId ? known : await getRun(db, runId);
  if (!run) throw notFoundError(`run ${runId}`);
  if (token && runTokenMatches(token, run.runTokenHash)) return { run, via: 'token', caller };
  if (caller && callerMayUse(caller, run)) return { run, via: 'session', caller };
  throw notFoundError(`run ${runId}`);
}

/**
 * Who started the run: the run's user (id, name, email), looked up among the members of the run's tenant.
 * Null when the run has no user, when that user no longer belongs to the tenant, and when the caller did not
 * reach the run as a signed-in caller who may use it (a run token alone never reveals a user's email).
 */
export async function runStarter(db: Db, access: RunAccess): Promise<RunStarter | null> {
  const { run, caller } = access;
  if (!run.userId || !caller || !callerMayUse(caller, run)) return null;
  const member = await getMember(db, run.tenantId, run.userId);
  return member ? { id: member.id, name: member.name, email: member.email } : null;
}
