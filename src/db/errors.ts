import { DomainError, type DomainErrorCode, type InvalidParam } from '../core/errors.js';

/**
 * Errors of the persistence layer. They are domain errors (core/errors.ts: a `code` that the HTTP layer maps
 * to a status in one place), each a class with a marker symbol and a static `isInstance`, so callers can
 * recognise them across module copies (the pattern of vercel/ai's provider errors). `isRetryable` says
 * whether trying again may help.
 */

const marker = Symbol.for('guidepost.db.error');

/** Base class of every error thrown by `src/db`. */
export class DbError extends DomainError {
  private readonly [marker] = true;
  readonly isRetryable: boolean;

  constructor(
    message: string,
    opts: { code: DomainErrorCode; isRetryable?: boolean; cause?: unknown; invalidParams?: InvalidParam[] },
  ) {
    super(opts.code, message, { cause: opts.cause, invalidParams: opts.invalidParams });
    this.name = 'DbError';
    this.isRetryable = opts.isRetryable ?? false;
  }

  static override isInstance(error: unknown): error is DbError {
    return typeof error === 'object' && error !== null && marker in error;
  }
}

const concurrencyMarker = Symbol.for('guidepost.db.error.concurrency');

/**
 * Another writer appended to the run's event log first: the events at `expectedSeq + 1` already exist.
 * Reload the events, rebuild the state and decide again.
 */
export class ConcurrencyError extends DbError {
  private readonly [concurrencyMarker] = true;

  constructor(
    readonly runId: string,
    readonly expectedSeq: number,
    cause?: unknown,
  ) {
    super(`run ${runId} has events after seq ${expectedSeq}: another writer appended first`, {
      code: 'conflict',
      isRetryable: true,
      cause,
    });
    this.name = 'ConcurrencyError';
  }

  static override isInstance(error: unknown): error is ConcurrencyError {
    return typeof error === 'object' && error !== null && concurrencyMarker in error;
  }
}

const notFoundMarker = Symbol.for('guidepost.db.error.not-found');

/** A wizard, a published version or a run does not exist (`what` names it, e.g. `wizard 1f0…`). */
export class NotFoundError extends DbError {
  private readonly [notFoundMarker] = true;

  constructor(readonly what: string) {
    super(`${what} does not exist`, { code: 'not_found' });
    this.name = 'NotFoundError';
  }

  static override isInstance(error: unknown): error is NotFoundError {
    return typeof error === 'object' && error !== null && notFoundMarker in error;
  }
}

const conflictMarker = Symbol.for('guidepost.db.error.conflict');

/** A write clashes with existing data, e.g. a slug already used by another wizard of the tenant. */
export class ConflictError extends DbError {
  private readonly [conflictMarker] = true;

  constructor(message: string, cause?: unknown) {
    super(message, { code: 'conflict', cause });
    this.name = 'ConflictError';
  }

  static override isInstance(error: unknown): error is ConflictError {
    return typeof error === 'object' && error !== null && conflictMarker in error;
  }
}

const invalidMarker = Symbol.for('guidepost.db.error.invalid-definition');

/**
 * A definition cannot be saved or published: `problems` lists each one with its JSON path (and
 * `invalidParams` names them `body.<path>`).
 */
export class InvalidDefinitionError extends DbError {
  private readonly [invalidMarker] = true;

  constructor(readonly problems: Array<{ path: string; message: string }>) {
    super(`the wizard definition is invalid: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`, {
      code: 'invalid',
      // Named where the definition sits in an API request (the body), like the API's other invalid params.
      invalidParams: problems.map((p) => ({ name: `body.${p.path}`, reason: p.message })),
    });
    this.name = 'InvalidDefinitionError';
  }

  static override isInstance(error: unknown): error is InvalidDefinitionError {
    return typeof error === 'object' && error !== null && invalidMarker in error;
  }
}

/** Who holds a PGlite data directory, as recorded in the holder file beside its lock. */
export interface DataDirHolder {
  pid: number;
  /** The holder's command line (`process.argv` joined by spaces). */
  command: string;
  /** When it took the lock, ISO 8601. */
  startedAt: string;
  hostname: string;
}

const dataDirInUseMarker = Symbol.for('guidepost.db.error.data-dir-in-use');

/**
 * Another process holds the PGlite data directory `dataDir` (PGlite allows one process per directory).
 * `holder` says which one, when its holder file could be read. The message says what to do: stop that
 * process, or set DATABASE_URL to a PostgreSQL server that many processes can share.
 */
export class DataDirInUseError extends DbError {
  private readonly [dataDirInUseMarker] = true;

  constructor(
    readonly dataDir: string,
    readonly holder: DataDirHolder | undefined,
    /** After how many milliseconds without a refresh a crashed holder's lock is taken over. */
    readonly staleMs: number,
    cause?: unknown,
  ) {
    const who = holder
      ? `process ${holder.pid} (${holder.command}) on ${holder.hostname}, started ${holder.startedAt}`
      : 'another process';
    super(
      `the PGlite data directory ${dataDir} is in use by ${who}. PGlite allows one process per data ` +
        'directory: stop that process and try again, or set DATABASE_URL to a PostgreSQL server that many ' +
        `processes can share. (The lock of a process that crashed is taken over after ${staleMs / 1000} s.)`,
      { code: 'unavailable', cause },
    );
    this.name = 'DataDirInUseError';
  }

  static override isInstance(error: unknown): error is DataDirInUseError {
    return typeof error === 'object' && error !== null && dataDirInUseMarker in error;
  }
}

/** The PostgreSQL SQLSTATE of an error or of its causes (drizzle wraps driver errors), e.g. `23505`. */
export function sqlState(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** SQLSTATE 23505: a unique or primary key constraint was violated. */
export const UNIQUE_VIOLATION = '23505';
/** SQLSTATE 23503: a foreign key constraint was violated. */
export const FOREIGN_KEY_VIOLATION = '23503';
