import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { predictCase } from '../../guide/nlu/eval-runner.js';

const EvalCaseSchema = z.object({
  id: z.string(),
  reference_date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  schema: z.object({
    name: z.string(),
    description: z.string().optional(),
    fields: z.array(
      z.object({
        name: z.string(),
        description: z.string().optional(),
        type: z.enum(['text', 'select', 'date', 'time']),
        options: z.array(z.string()).optional(),
      }),
    ),
  }),
  turns: z.array(z.object({ agent: z.string().optional(), user: z.string() })),
});

/**
 * `guidepost extract --cases <cases.jsonl> --out <pred.jsonl>`: each case (shared/eval/FORMAT.md) becomes a
 * one-step wizard filled by the embedded guide; writes the cumulative values after every user turn.
 * A malformed line stops the command with its line number and the problem.
 */
export async function extractCommand(options: { cases: string; out: string }): Promise<void> {
  const lines = (await readFile(options.cases, 'utf8')).split('\n');
  const cases = [];
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (error) {
      throw new Error(`${options.cases}:${index + 1}: not valid JSON (${(error as Error).message})`);
    }
    const parsed = EvalCaseSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${options.cases}:${index + 1}: ${issue.path.join('.') || 'case'}: ${issue.message}`);
    }
    cases.push(parsed.data);
  }
  const started = performance.now();
  const predictions: string[] = [];
  for (const [index, c] of cases.entries()) {
    predictions.push(JSON.stringify(await predictCase(c)));
    if (process.stderr.isTTY) process.stderr.write(`\rcase ${index + 1}/${cases.length}`);
  }
  await writeFile(options.out, predictions.length > 0 ? `${predictions.join('\n')}\n` : '');
  const seconds = (performance.now() - started) / 1000;
  const turns = cases.reduce((n, c) => n + c.turns.length, 0);
  console.error(
    `${process.stderr.isTTY ? '\n' : ''}predicted ${cases.length} cases (${turns} turns) in ${seconds.toFixed(1)} s → ${options.out}`,
  );
}
