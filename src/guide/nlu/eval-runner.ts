import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { WizardDefinitionBaseSchema, type WizardDefinition } from '../../core/wizard/definition.js';
import { MemoryRunHandle } from '../../core/wizard/run-handle.js';
import { GuideSession } from '../session.js';
import { EmbeddedBrain } from './brain.js';

/**
 * The field-filling evaluation (see /work/shared/eval/FORMAT.md): each case becomes a one-step wizard,
 * the EmbeddedBrain fills it turn by turn through a real GuideSession, and the cumulative values after
 * each user turn are the prediction. Usage:
 *   node --import tsx src/guide/nlu/eval-runner.ts cases.jsonl pred.jsonl
 */

/** One evaluation case (only the parts used here). */
export interface EvalCase {
  id: string;
  reference_date?: string;
  schema: {
    name: string;
    description?: string;
    fields: Array<{
      name: string;
      description?: string;
      type: 'text' | 'select' | 'date' | 'time';
      options?: string[];
    }>;
  };
  turns: Array<{ agent?: string; user: string }>;
}

/** A prediction line: the cumulative values (strings) after each user turn. */
export interface EvalPrediction {
  id: string;
  turns: Array<{ values: Record<string, string> }>;
}

/** The value the evaluation uses for "no preference" (not a field value: the brain reports these fields). */
export const DONT_CARE = 'dontcare';

const TYPE_MAP = { text: 'text', select: 'single_select', date: 'date', time: 'time' } as const;

function labelOf(name: string): string {
  const words = name.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The one-step wizard of a case: every schema field, optional; select options with value = label = the
 * option's text.
 */
export function caseWizard(c: EvalCase): WizardDefinition {
  const slug =
    c.schema.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'case';
  return WizardDefinitionBaseSchema.parse({
    id: `eval-${slug}`,
    name: c.schema.name,
    slug,
    description: c.schema.description ?? '',
    steps: [
      {
        id: 'main',
        title: c.schema.name,
        fields: c.schema.fields.map((f) => ({
          name: f.name,
          label: labelOf(f.name),
          type: TYPE_MAP[f.type],
          required: false,
          ...(f.description ? { description: f.description } : {}),
          ...(f.type === 'select' ? { options: (f.options ?? []).map((o) => ({ value: o, label: o })) } : {}),
        })),
      },
    ],
  });
}

function asString(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(', ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Predicts one case: runs a GuideSession with an EmbeddedBrain over a MemoryRunHandle, showing the brain
 * each agent line before the user's turn. Values are the run's (as strings), plus "dontcare" for each
 * field the brain noted the user has no preference about.
 */
export async function predictCase(c: EvalCase): Promise<EvalPrediction> {
  const definition = caseWizard(c);
  const run = new MemoryRunHandle(`eval-${c.id}`, definition);
  const referenceDate = c.reference_date ?? '2019-03-01';
  const now = new Date(`${referenceDate}T12:00:00`);
  await run.dispatch({ type: 'start', reference_date: referenceDate }, { actor: 'system', now });
  const brain = new EmbeddedBrain({ dontCareValue: DONT_CARE });
  const session = new GuideSession({ run, brain, now: () => now });
  const turns: EvalPrediction['turns'] = [];
  for (const turn of c.turns) {
    if (turn.agent) brain.observeAgentUtterance(turn.agent);
    const result = await session.send(turn.user);
    const values: Record<string, string> = { ...brain.noPreferenceValues() };
    for (const [name, value] of Object.entries(result.snapshot.values)) values[name] = asString(value);
    turns.push({ values });
  }
  return { id: c.id, turns };
}

/** Predicts every case of a JSONL file and writes the predictions as JSONL. Returns the number of cases. */
export async function predictFile(casesPath: string, predictionsPath: string): Promise<number> {
  const cases = readFileSync(casesPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as EvalCase);
  const lines: string[] = [];
  for (const c of cases) lines.push(JSON.stringify(await predictCase(c)));
  writeFileSync(predictionsPath, lines.join('\n') + '\n');
  return cases.length;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [casesPath, predictionsPath] = process.argv.slice(2);
  if (!casesPath || !predictionsPath) {
    console.error('usage: node --import tsx src/guide/nlu/eval-runner.ts cases.jsonl predictions.jsonl');
    process.exit(2);
  }
  const started = Date.now();
  const n = await predictFile(casesPath, predictionsPath);
  console.log(`predicted ${n} cases in ${((Date.now() - started) / 1000).toFixed(1)} s → ${predictionsPath}`);
}
