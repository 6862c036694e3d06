import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli.js';

async function tmp(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'guidepost-cli-'));
}

describe('guidepost validate', () => {
  it('accepts the built-in wizards', async () => {
    const result = await runCli(['validate', 'src/builtin/create-a-sidekick.json'], {});
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('ok: Create a sidekick (7 steps');
  });

  it('lists every problem of an invalid file with its path', async () => {
    const file = join(await tmp(), 'bad.json');
    const wizard = {
      version: 1,
      wizard: {
        id: 'x',
        name: 'X',
        slug: 'Bad Slug',
        steps: [
          {
            id: 's',
            title: 'S',
            fields: [
              { name: 'a', label: 'A', type: 'single_select' },
              {
                name: 'a',
                label: 'A again',
                type: 'text',
                conditions: { show_if: { '==': [{ var: 'nope' }, 1] } },
              },
            ],
          },
        ],
      },
    };
    await writeFile(file, JSON.stringify(wizard));
    const first = await runCli(['validate', file], {});
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('wizard.slug: must be lowercase words joined by hyphens');
    wizard.wizard.slug = 'ok-slug';
    await writeFile(file, JSON.stringify(wizard));
    const second = await runCli(['validate', file], {});
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('wizard.steps.0.fields.1.name: duplicate field name "a"');
    expect(second.stderr).toContain(
      'wizard.steps.0.fields.0.options: a single_select field needs at least one option',
    );
    expect(second.stderr).toContain('refers to unknown field "nope"');
  });

  it('rejects an unknown file version', async () => {
    const file = join(await tmp(), 'v9.json');
    await writeFile(file, JSON.stringify({ version: 9, wizard: {} }));
    const result = await runCli(['validate', file], {});
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('unknown wizard file version 9');
  });
});

describe('guidepost export and migrate', () => {
  it('exports a seeded built-in wizard as a wizard file', async () => {
    const dataDir = await tmp();
    const result = await runCli(['export', 'lead-capture'], { GUIDEPOST_DATA_DIR: dataDir });
    expect(result.code).toBe(0);
    const file = JSON.parse(result.stdout) as { version: number; wizard: { slug: string; status: string } };
    expect(file.version).toBe(1);
    expect(file.wizard).toMatchObject({ slug: 'lead-capture', status: 'published' });
  });

  it('says which wizard is missing', async () => {
    const result = await runCli(['export', 'no-such-wizard'], { GUIDEPOST_DATA_DIR: await tmp() });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no published wizard "no-such-wizard"');
  });

  it('stops with a message naming a bad variable', async () => {
    const result = await runCli(['migrate'], { DATABASE_URL: 'mysql://nope' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('DATABASE_URL');
  });
});
