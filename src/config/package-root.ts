import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The Guidepost checkout or installed package this module belongs to: the nearest directory above it with a
 * package.json. The same whether the module runs from src/ (TypeScript through tsx) or from the compiled
 * dist/server/ (see scripts/build-server.mjs). Throws when there is none.
 */
export function packageRoot(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${fileURLToPath(from)}`);
    dir = parent;
  }
}
