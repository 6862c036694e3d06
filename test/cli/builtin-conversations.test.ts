import { describe, expect, it } from 'vitest';
import { runCli } from './cli.js';

const DIR = 'src/builtin/conversations';

describe('conversation tests of the built-in wizards, through guidepost test', () => {
  it.each(['create-a-sidekick', 'lead-capture'])('%s: every conversation passes', async (slug) => {
    const result = await runCli(['test', slug, '--conversations', DIR], {});
    expect(result.stdout).not.toContain('FAIL');
    expect(result.stdout.trim().split('\n').pop()).toMatch(/^[1-9]\d* passed, 0 failed$/);
    expect(result.code).toBe(0);
  });
});
