#!/usr/bin/env node
// `npm start` runs this first (the `prestart` script): it builds the web app into dist/web with
// `npm run build:web` only when dist/web/index.html is missing or older than the newest source file the
// bundle is made of (web/, src/core, src/guide, src/builtin, vite.config.ts). When the build is up to date it
// only says so. A failed build does not stop the server: the API starts anyway and `/` says the app is not
// built. Skipped when GUIDEPOST_WEB_DIR is set in the environment (that directory is served as it is).
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import { statSync } from 'node:fs';
import { join, relative } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { newestOf } from './lib/newest.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const index = join(repo, 'dist', 'web', 'index.html');
const sources = ['web', 'src/core', 'src/guide', 'src/builtin', 'vite.config.ts'].map((p) => join(repo, p));
const say = (message) => console.log(`[web] ${message}`);

function reasonToBuild() {
  let built;
  try {
    built = statSync(index).mtimeMs;
  } catch {
    return `${relative(repo, index)} is missing`;
  }
  const source = newestOf(sources);
  return source && source.mtimeMs > built
    ? `${relative(repo, source.path)} is newer than ${relative(repo, index)}`
    : null;
}

if (process.env.GUIDEPOST_WEB_DIR) {
  say(`GUIDEPOST_WEB_DIR is set: serving ${process.env.GUIDEPOST_WEB_DIR} as it is, not building`);
} else {
  const reason = reasonToBuild();
  if (!reason) {
    say(`the web app in dist/web is up to date`);
  } else {
    say(`building the web app (${reason}): npm run build:web`);
    const started = Date.now();
    const result = spawnSync('npm', ['run', 'build:web'], {
      cwd: repo,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    if (result.status === 0) say(`built dist/web in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    else
      console.error(
        `[web] the web app build failed (${result.error?.message ?? `exit code ${result.status}`}); ` +
          'the server starts anyway; fix the error and run `npm run build:web`',
      );
  }
}
