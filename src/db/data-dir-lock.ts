import { readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import lockfile from 'proper-lockfile';
import { DataDirInUseError, type DataDirHolder } from './errors.js';

/** How long a lock may go without a refresh before another process takes it over (a crashed holder's). */
export const DEFAULT_LOCK_STALE_MS = 30_000;
/** proper-lockfile's smallest staleness, in ms. */
const MIN_STALE_MS = 2000;

/**
 * Takes the inter-process lock of a PGlite data directory, which must exist: the directory `<dataDir>.lock`
 * beside it (created atomically by proper-lockfile, its mtime refreshed every `staleMs / 3` ms), and the
 * holder file `<dataDir>.lock-holder.json` saying which process holds it (pid, command line, start time,
 * host). A lock not refreshed for `staleMs` (at least 2000) belongs to a process that died and is taken over;
 * when the holder file names a process of this host that no longer exists (killed, crashed), the lock is
 * taken over as soon as it is 2 s old.
 * Resolves to the release function (idempotent), which removes both.
 * Throws DataDirInUseError, naming the holder, when another process (or another open database of this
 * process) holds the directory; a file-system error as is.
 * If the lock is lost while held (its refresh failed for longer than `staleMs`, so another process may have
 * taken over), the refresh timer throws an error saying so: the process must stop writing the directory.
 */
export async function lockDataDir(
  dataDir: string,
  staleMs = DEFAULT_LOCK_STALE_MS,
): Promise<() => Promise<void>> {
  const dir = await realpath(dataDir);
  const holderFile = `${dir}.lock-holder.json`;
  const stale = Math.max(staleMs, MIN_STALE_MS);
  const take = (staleness: number, retries = 0) =>
    lockfile.lock(dir, {
      stale: staleness,
      update: stale / 3,
      realpath: false,
      retries: { retries, minTimeout: 500, maxTimeout: 1000 },
      onCompromised: (error) => {
        throw new Error(
          `lost the lock of the PGlite data directory ${dir} (${error.message}); another process may be ` +
            'using it, so this one must stop',
          { cause: error },
        );
      },
    });
  let release: () => Promise<void>;
  try {
    release = await take(stale);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    const holder = await readHolder(holderFile);
    if (!holder || !holderIsGone(holder)) throw new DataDirInUseError(dir, holder, stale, error);
    // The holder died on this host (killed, crashed): its lock goes stale as soon as its last refresh is
    // older than proper-lockfile's minimum, instead of waiting `stale`.
    try {
      release = await take(MIN_STALE_MS, 6);
    } catch (retryError) {
      if ((retryError as NodeJS.ErrnoException).code !== 'ELOCKED') throw retryError;
      throw new DataDirInUseError(dir, await readHolder(holderFile), stale, retryError);
    }
  }
  const holder: DataDirHolder = {
    pid: process.pid,
    command: process.argv.join(' '),
    startedAt: new Date().toISOString(),
    hostname: hostname(),
  };
  try {
    await writeFile(holderFile, `${JSON.stringify(holder)}\n`);
  } catch (error) {
    await release();
    throw error;
  }
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    await rm(holderFile, { force: true });
    await release().catch((error: NodeJS.ErrnoException) => {
      // A lost lock is already released (the refresh timer reported it).
      if (error.code !== 'ERELEASED') throw error;
    });
  };
}

/** The holder recorded beside the lock, or undefined while it is being written or when it is unreadable. */
async function readHolder(file: string): Promise<DataDirHolder | undefined> {
  try {
    const holder = JSON.parse(await readFile(file, 'utf8')) as Partial<DataDirHolder>;
    return typeof holder.pid === 'number' && typeof holder.command === 'string'
      ? (holder as DataDirHolder)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the holder was a process of this host that no longer runs (signal 0 answers ESRCH). */
function holderIsGone(holder: DataDirHolder): boolean {
  if (holder.hostname !== hostname() || holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
