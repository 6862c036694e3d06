import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli.js';

const CASE = {
  id: 'test:1',
  source: 'handmade',
  reference_date: '2019-03-01',
  schema: {
    name: 'Restaurants_1',
    description: 'Restaurant reservations',
    fields: [
      { name: 'restaurant_name', description: 'Name of the restaurant', type: 'text' },
      { name: 'date', description: 'Date of the reservation', type: 'date' },
      { name: 'time', description: 'Time of the reservation', type: 'time' },
      { name: 'party_size', description: 'Number of people', type: 'select', options: ['1', '2', '3', '4'] },
    ],
  },
  turns: [
    { user: 'I want to book a table at Sino for tomorrow.' },
    { agent: 'What time would you like?', user: 'At 7 pm please.' },
    { agent: 'How many people?', user: 'Just two of us.' },
  ],
};

describe('guidepost extract', () => {
  it('writes the cumulative values after every user turn', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'guidepost-extract-'));
    const cases = join(dir, 'cases.jsonl');
    const out = join(dir, 'pred.jsonl');
    await writeFile(cases, `${JSON.stringify(CASE)}\n`);
    const result = await runCli(['extract', '--cases', cases, '--out', out], {});
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('predicted 1 cases (3 turns)');
    const [line] = (await readFile(out, 'utf8')).trim().split('\n');
    const prediction = JSON.parse(line!) as { id: string; turns: Array<{ values: Record<string, string> }> };
    expect(prediction.id).toBe('test:1');
    expect(prediction.turns).toHaveLength(3);
    expect(prediction.turns[0]!.values).toMatchObject({ date: '2019-03-02' });
    expect(prediction.turns[1]!.values).toMatchObject({ date: '2019-03-02', time: '19:00' });
    expect(prediction.turns[2]!.values).toMatchObject({ time: '19:00', party_size: '2' });
  });

  it('names the line and the problem of a malformed case', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'guidepost-extract-'));
    const cases = join(dir, 'cases.jsonl');
    await writeFile(cases, `${JSON.stringify(CASE)}\n${JSON.stringify({ ...CASE, turns: 'none' })}\n`);
    const result = await runCli(['extract', '--cases', cases, '--out', join(dir, 'pred.jsonl')], {});
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cases.jsonl:2: turns:');
  });
});
