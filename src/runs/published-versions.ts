import type { Db } from '../db/client.js';
import { getPublishedVersion, type PublishedVersion } from '../db/wizards.js';
import { LruMap } from '../core/lru-map.js';

/**
 * Published wizard versions, cached per process and database: a published version never changes (a new
 * publish makes a new version), so starting a run or opening its handle reads a version's definition from the
 * database once. At most `CAPACITY` versions per database are kept, least recently used evicted.
 */

const CAPACITY = 500;
const caches = new WeakMap<Db, LruMap<string, PublishedVersion>>();

/** Version `version` of the wizard (as getPublishedVersion), from the cache when this process read it before. */
export async function cachedPublishedVersion(
  db: Db,
  wizardId: string,
  version: number,
): Promise<PublishedVersion | null> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new LruMap(CAPACITY)));
  const key = `${wizardId}@${version}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const row = await getPublishedVersion(db, wizardId, version);
  if (row) cache.set(key, row);
  return row;
}
