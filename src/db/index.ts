/** The persistence layer: open the database, apply migrations, and the wizard and run repositories. */
export {
  openDatabase,
  queryRows,
  type SqlResult,
  type Database,
  type DatabaseKind,
  type Db,
  type OpenDatabaseConfig,
  type Schema,
} from './client.js';
export { migrate, MIGRATIONS_FOLDER } from './migrate.js';
export {
  ConcurrencyError,
  ConflictError,
  DataDirInUseError,
  DbError,
  InvalidDefinitionError,
  NotFoundError,
} from './errors.js';
export * from './schema.js';
export * from './wizards.js';
export * from './runs.js';
