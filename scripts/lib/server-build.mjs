// Whether dist/server (scripts/build-server.mjs) holds a compile of the current src/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newest } from './newest.mjs';

/** The file in dist/server that records the newest source mtime (ms) a build was made from. */
export const SERVER_BUILD_STAMP = '.source-mtime';

/**
 * The compiled CLI entry (dist/server/cli/main.js) when the build in `repo` was made from src/ as it is now
 * (no source file newer than the build's stamp), else null.
 */
export function currentServerBuild(repo) {
  let built;
  try {
    built = Number(readFileSync(join(repo, 'dist', 'server', SERVER_BUILD_STAMP), 'utf8'));
  } catch {
    return null;
  }
  const source = newest(join(repo, 'src'));
  return source && source.mtimeMs <= built ? join(repo, 'dist', 'server', 'cli', 'main.js') : null;
}
