import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalRetrievalCommand } from '../../src/cli/commands/eval-retrieval.js';

const passages = [
  {
    id: 'p-bridge',
    title: 'London Bridge (Lake Havasu City)',
    text: 'The old London Bridge was bought by Robert McCulloch in 1968 and rebuilt in Lake Havasu City, Arizona.',
  },
  {
    id: 'p-sapper',
    title: 'Sapper',
    text: 'A sapper is a combat engineer who builds bridges, clears mines and breaches obstacles.',
  },
  {
    id: 'p-snuff',
    title: 'Snuff (song)',
    text: 'Snuff is a song by Slipknot about someone who let the singer down.',
  },
];
const queries = [
  { id: 1, question: 'who bought the old london bridge', gold: ['p-bridge'] },
  { id: 'q2', question: 'what does a sapper do in the army' },
];

describe('guidepost eval retrieval', () => {
  it('indexes the passages through ingestion and writes ranked passage ids per question', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'guidepost-eval-'));
    const lines = (items: object[]) => items.map((item) => JSON.stringify(item)).join('\n');
    await writeFile(join(dir, 'passages.jsonl'), lines(passages));
    await writeFile(join(dir, 'queries.jsonl'), lines(queries));
    await evalRetrievalCommand({
      passages: join(dir, 'passages.jsonl'),
      queries: join(dir, 'queries.jsonl'),
      out: join(dir, 'pred.jsonl'),
      depth: '2',
    });
    const predictions = (await readFile(join(dir, 'pred.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(predictions.map((p: { id: string }) => p.id)).toEqual(['1', 'q2']);
    expect(predictions[0].ranked[0]).toBe('p-bridge');
    expect(predictions[1].ranked[0]).toBe('p-sapper');
    expect(predictions.every((p: { ranked: string[] }) => p.ranked.length <= 2)).toBe(true);
  }, 60_000);

  it('names the file and line of a malformed passage', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'guidepost-eval-'));
    await writeFile(join(dir, 'passages.jsonl'), `${JSON.stringify(passages[0])}\n{"id": "x"}\n`);
    await writeFile(join(dir, 'queries.jsonl'), '');
    await expect(
      evalRetrievalCommand({
        passages: join(dir, 'passages.jsonl'),
        queries: join(dir, 'queries.jsonl'),
        out: join(dir, 'pred.jsonl'),
        depth: '10',
      }),
    ).rejects.toThrow(/passages\.jsonl:2: title/);
  });
});
