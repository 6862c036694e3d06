import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { loadBuiltinWizards } from '../../builtin/index.js';
import type { WizardDefinition } from '../../core/wizard/definition.js';
import { importWizard } from '../../core/wizard/wizard-file.js';
import {
  locateProblems,
  replayConversation,
  type ConversationResult,
} from '../../guide/conversations/replay.js';

const ExpectedSchema = z.object({
  wizard: z.string(),
  status: z.string(),
  values: z.record(z.string(), z.unknown()).optional(),
  contains: z.record(z.string(), z.string()).optional(),
  absent: z.array(z.string()).optional(),
});

/** Options of `guidepost test`. */
export interface TestOptions {
  /** A folder of NAME.txt + NAME.expected.json conversations; without it only the wizard's own tests run. */
  conversations?: string;
  referenceDate?: string;
}

async function loadWizard(wizard: string): Promise<WizardDefinition> {
  if (wizard.endsWith('.json')) {
    const result = importWizard(await readFile(wizard, 'utf8'));
    if (!result.ok)
      throw new Error(`${wizard} is not a valid wizard: ${result.problems.map((p) => p.message).join('; ')}`);
    return result.definition;
  }
  const found = loadBuiltinWizards().find((w) => w.slug === wizard);
  if (!found)
    throw new Error(`no built-in wizard "${wizard}"; pass a built-in slug or a wizard file (.json)`);
  return found;
}

/** The failure of one conversation: each problem with the turn where its field went wrong. */
function describeFailure(name: string, result: ConversationResult): string {
  const lines = [`FAIL ${name}`];
  for (const { problem, turn: at } of locateProblems(result)) {
    lines.push(`  ${problem}`);
    const turn = result.transcript[at];
    if (turn) lines.push(`    at turn ${at + 1}: you: ${turn.user}`, `                 guide: ${turn.agent}`);
    else lines.push('    no turn set it');
  }
  return lines.join('\n');
}

/**
 * `guidepost test <wizard slug|file> [--conversations <dir>]`: replays the wizard's own conversation tests
 * (`conversation_tests` of its definition) and each conversation of the directory meant
 * for this wizard (NAME.txt, the person's lines; NAME.expected.json, the end state — the format of
 * shared/eval/conversations) with the embedded guide, in memory, prints each failure with the turn where it
 * went wrong and ends with "N passed, M failed". The exit code is 1 when one fails or none is found.
 */
export async function testCommand(wizard: string, options: TestOptions): Promise<void> {
  const definition = await loadWizard(wizard);
  let passed = 0;
  let failed = 0;
  const count = (name: string, result: ConversationResult) => {
    if (result.problems.length === 0) passed++;
    else {
      failed++;
      console.log(describeFailure(name, result));
    }
  };
  for (const test of definition.conversation_tests ?? [])
    count(test.name, await replayConversation(definition, test.lines, test.expected, options.referenceDate));
  const dir = options.conversations;
  const names = dir
    ? (await readdir(dir))
        .filter((f) => f.endsWith('.expected.json'))
        .map((f) => f.slice(0, -'.expected.json'.length))
        .sort()
    : [];
  for (const name of names) {
    const expected = ExpectedSchema.parse(
      JSON.parse(await readFile(join(dir!, `${name}.expected.json`), 'utf8')),
    );
    if (expected.wizard !== definition.slug && expected.wizard !== basename(wizard)) continue;
    const lines = (await readFile(join(dir!, `${name}.txt`), 'utf8'))
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '');
    count(name, await replayConversation(definition, lines, expected, options.referenceDate));
  }
  console.log(`${passed} passed, ${failed} failed`);
  if (failed > 0 || passed === 0) process.exitCode = 1;
}
