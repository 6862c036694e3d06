import { createAccount } from '../../db/accounts.js';
import { DbError } from '../../db/errors.js';
import { TENANT_ROLES, type TenantRole } from '../../db/schema-accounts.js';
import { withCliContext } from '../context.js';

/** Options of `guidepost user create`. */
export interface UserCreateOptions {
  email: string;
  password: string;
  name?: string;
  superadmin?: boolean;
  tenant: string;
  role: string;
}

/**
 * `guidepost user create`: creates an account with the accounts service (argon2id password) in an existing
 * tenant (default `default`) with a role (default owner). The installation's first account is always a
 * superadmin and owner of `default`. Prints what was created; errors go to stderr with exit code 1.
 */
export async function userCreateCommand(options: UserCreateOptions): Promise<void> {
  if (!(TENANT_ROLES as readonly string[]).includes(options.role)) {
    console.error(`guidepost: --role must be one of ${TENANT_ROLES.join(', ')}`);
    process.exitCode = 1;
    return;
  }
  await withCliContext(async ({ database }) => {
    try {
      const { user, tenant, first } = await createAccount(database.db, {
        email: options.email,
        password: options.password,
        name: options.name,
        superadmin: options.superadmin ?? false,
        tenant: options.tenant,
        role: options.role as TenantRole,
      });
      const what = user.isSuperadmin ? 'superadmin' : 'user';
      console.log(
        `created ${what} ${user.email} (id ${user.id}), ${tenant.role} of tenant ${tenant.id}` +
          (first ? ' (the first account)' : ''),
      );
    } catch (error) {
      if (!DbError.isInstance(error)) throw error;
      console.error(`guidepost: ${error.message}`);
      process.exitCode = 1;
    }
  });
}
