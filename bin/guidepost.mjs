#!/usr/bin/env node
// Runs the CLI: the compiled build in dist/server when it was made from src/ as it is now (faster start, less
// memory; see scripts/build-server.mjs), else the TypeScript sources through tsx's loader, so `guidepost`
// also works without a build step and never runs stale code.
import { fileURLToPath, pathToFileURL, URL } from 'node:url';
import { currentServerBuild } from '../scripts/lib/server-build.mjs';

const compiled = currentServerBuild(fileURLToPath(new URL('..', import.meta.url)));
if (compiled) {
  await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
