import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli.js';

const LINES = [
  'Ann Lee, ann@example.com, 415 555 0100',
  'Acme',
  'about 10k',
  'March 3 2027',
  'yes',
  'looks good, send it',
];

describe('guidepost test', () => {
  it('replays the conversations of a wizard, names the turn where one went wrong and counts them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'guidepost-test-'));
    await writeFile(join(dir, 'good.txt'), LINES.join('\n'));
    await writeFile(
      join(dir, 'good.expected.json'),
      JSON.stringify({ wizard: 'lead-capture', status: 'completed', values: { budget: '5k-20k' } }),
    );
    await writeFile(join(dir, 'bad.txt'), LINES.join('\n'));
    await writeFile(
      join(dir, 'bad.expected.json'),
      JSON.stringify({ wizard: 'lead-capture', status: 'completed', values: { budget: 'over-50k' } }),
    );
    await writeFile(join(dir, 'other.txt'), 'Pixel');
    await writeFile(
      join(dir, 'other.expected.json'),
      JSON.stringify({ wizard: 'create-a-sidekick', status: 'active' }),
    );
    const result = await runCli(['test', 'lead-capture', '--conversations', dir], {});
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('FAIL bad');
    expect(result.stdout).toContain('budget: expected "over-50k", got "5k-20k"');
    expect(result.stdout).toContain('at turn 3: you: about 10k');
    expect(result.stdout.trim().split('\n').pop()).toBe('1 passed, 1 failed');
  });

  it("runs the wizard's own conversation tests (kept in its definition) without --conversations", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'guidepost-test-'));
    const { loadBuiltinWizards } = await import('../../src/builtin/index.js');
    const lead = loadBuiltinWizards().find((w) => w.slug === 'lead-capture')!;
    const file = join(dir, 'lead.json');
    await writeFile(
      file,
      JSON.stringify({
        version: 1,
        wizard: {
          ...lead,
          conversation_tests: [
            {
              id: 'a',
              name: 'budget in shorthand',
              lines: LINES,
              expected: { values: { budget: '5k-20k' } },
            },
            { id: 'b', name: 'wrong budget', lines: LINES, expected: { values: { budget: 'under-5k' } } },
          ],
        },
      }),
    );
    const result = await runCli(['test', file], {});
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('FAIL wrong budget');
    expect(result.stdout).toContain('at turn 3: you: about 10k');
    expect(result.stdout.trim().split('\n').pop()).toBe('1 passed, 1 failed');
  });
});
