#!/usr/bin/env node
// Compiles the server and CLI (src/, TypeScript) to plain ES modules in dist/server with esbuild, file by
// file (no bundle: the layout of src/ is kept), and copies what those modules read from disk beside them
// (migrations, built-in wizards and their conversation tests). `bin/guidepost.mjs` runs this build when it
// is newer than every file of src/, and src/ through tsx otherwise, so a stale build never runs. Run by
// `npm install` (the `prepare` script) and `npm start`; `npm run build:server` by hand. A failed build only
// warns: `guidepost` then runs the sources through tsx, as before.
import { build } from 'esbuild';
import console from 'node:console';
import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { newest } from './lib/newest.mjs';
import { SERVER_BUILD_STAMP } from './lib/server-build.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const src = join(repo, 'src');
const out = join(repo, 'dist', 'server');

/** Every TypeScript module of src/ except tests. */
function modules(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return modules(path);
    return /\.ts$/.test(entry.name) && !/\.test(-support)?\.ts$|\.d\.ts$/.test(entry.name) ? [path] : [];
  });
}

try {
  const started = Date.now();
  const source = newest(src);
  rmSync(out, { recursive: true, force: true });
  await build({
    entryPoints: modules(src),
    outdir: out,
    outbase: src,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  cpSync(join(src, 'db', 'migrations'), join(out, 'db', 'migrations'), { recursive: true });
  cpSync(join(src, 'builtin'), join(out, 'builtin'), {
    recursive: true,
    filter: (path) => !path.endsWith('.ts'),
  });
  // The voice agent's entry loads the compiled agent directly (src/voice/agent.mjs registers tsx).
  writeFileSync(join(out, 'voice', 'agent.mjs'), "export { default } from './agent.js';\n");
  writeFileSync(join(out, SERVER_BUILD_STAMP), String(source?.mtimeMs ?? 0));
  console.log(
    `[server] compiled src/ to ${relative(repo, out)} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  rmSync(out, { recursive: true, force: true });
  console.warn(`[server] could not compile src/ (${error.message}); guidepost runs it through tsx`);
  process.exitCode = 0;
}
