import { customType } from 'drizzle-orm/pg-core';
import { upgradeStoredDefinition, type WizardDefinition } from '../core/wizard/definition.js';

/**
 * A `jsonb` column holding a wizard definition, read as the current schema has it: a definition stored by
 * an earlier version is upgraded as it is read (see upgradeStoredDefinition), so stored drafts and published
 * versions keep working without a data migration. Written as JSON, like drizzle's own jsonb.
 */
export const wizardDefinitionJson = customType<{ data: WizardDefinition; driverData: unknown }>({
  dataType: () => 'jsonb',
  toDriver: (value) => JSON.stringify(value),
  fromDriver: (value) =>
    upgradeStoredDefinition((typeof value === 'string' ? JSON.parse(value) : value) as WizardDefinition),
});
