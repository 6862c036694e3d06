// The newest source file under a path, for the build scripts and the `guidepost` launcher to tell whether a
// build is older than what it was made from.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The newest file under `path` (tests, docs, node_modules and dot-entries excepted): `{ path, mtimeMs }`, or
 * null when there is none or `path` does not exist.
 */
export function newest(path) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return null;
  }
  if (stats.isFile())
    return /\.test\.[cm]?[jt]sx?$|\.md$/.test(path) ? null : { path, mtimeMs: stats.mtimeMs };
  if (!stats.isDirectory()) return null;
  let best = null;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    const found = newest(join(path, entry));
    if (found && (!best || found.mtimeMs > best.mtimeMs)) best = found;
  }
  return best;
}

/** The newest file under any of `paths` (see newest), or null. */
export function newestOf(paths) {
  let best = null;
  for (const path of paths) {
    const found = newest(path);
    if (found && (!best || found.mtimeMs > best.mtimeMs)) best = found;
  }
  return best;
}
