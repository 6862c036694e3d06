import { runTokenMatches } from '../../runs/run-tokens.js';
import { getMember } from '../../db/accounts.js';
import type { Db } from '../../db/client.js';
import { getRun, type RunRecord } from '../../db/runs.js';
import { ROLE_RANK, type Principal } from './principal.js';
import { HttpProblem, notFound } from '../problem.js';

/**
 * Who may use a run's endpoints. A run token (`X-Run-Token`, or `run_token` in the query of the live
 * endpoints, where browsers cannot set headers) is a capability for that one run. A signed-in caller may
 * use a run of the tenant they act in: admins, owners and superadmins any run, members the runs they
 * started. Anything else is a 404 (a run of another tenant must not be seen to exist).
 */

/** The header that carries a run token. */
export const RUN_TOKEN_HEADER = 'x-run-token';

/** A caller's credentials for a run: the principal (or null) and the run token (or undefined). */
export interface RunCredentials {
  principal: Principal | null;
  token?: string;
}

/** How a caller reached a run. */
export interface RunAccess {
  run: RunRecord;
  via: 'token' | 'session';
  principal: Principal | null;
}

/** Whether a signed-in caller may use a run: same tenant, and admin (or above) or the run's starter. */
export function principalMayUse(principal: Principal, run: RunRecord): boolean {
  if (principal.tenantId !== run.tenantId) return false;
  if (principal.superadmin || ROLE_RANK[principal.role] >= ROLE_RANK.admin) return true;
  return run.userId !== null && run.userId === principal.userId;
}

/**
 * The run, if the caller may use it. Throws 401 when the caller brings no credentials at all (said before
 * looking the run up), 404 when the run does not exist or the credentials do not open it.
 */
export async function authorizeRun(db: Db, runId: string, credentials: RunCredentials): Promise<RunAccess> {
  const { principal, token } = credentials;
  if (!principal && !token)
    throw new HttpProblem(401, 'sign in, or send the run token of this run in the X-Run-Token header', {
      headers: { 'www-authenticate': 'Bearer' },
    });
  const run = await getRun(db, runId);
  if (!run) throw notFound(`run ${runId}`);
  if (token && runTokenMatches(token, run.runTokenHash)) return { run, via: 'token', principal };
  if (principal && principalMayUse(principal, run)) return { run, via: 'session', principal };
  throw notFound(`run ${runId}`);
}

/** The user who started a run, as a member of the run's tenant sees them. */
export interface RunStarter {
  id: string;
  name: string;
  email: string;
}

/**
 * Who started the run: the run's user (id, name, email), looked up among the members of the run's tenant.
 * Null when the run has no user, when that user no longer belongs to the tenant, and when the caller did not
 * reach the run as a signed-in caller who may use it (a run token alone never reveals a user's email).
 */
export async function runStarter(db: Db, access: RunAccess): Promise<RunStarter | null> {
  const { run, principal } = access;
  if (!run.userId || !principal || !principalMayUse(principal, run)) return null;
  const member = await getMember(db, run.tenantId, run.userId);
  return member ? { id: member.id, name: member.name, email: member.email } : null;
}
