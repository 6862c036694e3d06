import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module of the build scripts, without types
import { currentServerBuild, SERVER_BUILD_STAMP } from '../../scripts/lib/server-build.mjs';

/** A checkout with one source file modified at `sourceAt` and, when `builtFrom` is given, a build stamp. */
function checkout(sourceAt: number, builtFrom?: number): string {
  const repo = mkdtempSync(join(tmpdir(), 'guidepost-build-'));
  mkdirSync(join(repo, 'src', 'cli'), { recursive: true });
  const source = join(repo, 'src', 'cli', 'main.ts');
  writeFileSync(source, 'export {};\n');
  utimesSync(source, sourceAt / 1000, sourceAt / 1000);
  if (builtFrom !== undefined) {
    mkdirSync(join(repo, 'dist', 'server'), { recursive: true });
    writeFileSync(join(repo, 'dist', 'server', SERVER_BUILD_STAMP), String(builtFrom));
  }
  return repo;
}

describe('the guidepost launcher picks the compiled build only when it is current', () => {
  const t = Date.parse('2026-12-06T00:00:00Z');

  it('runs the build made from the sources as they are', () => {
    const repo = checkout(t, t);
    expect(currentServerBuild(repo)).toBe(join(repo, 'dist', 'server', 'cli', 'main.js'));
  });

  it('runs the sources when one changed after the build', () => {
    expect(currentServerBuild(checkout(t + 1000, t))).toBeNull();
  });

  it('runs the sources when there is no build', () => {
    expect(currentServerBuild(checkout(t))).toBeNull();
  });
});
