import { readFile } from 'node:fs/promises';
import { importWizard } from '../../core/wizard/wizard-file.js';

/** `guidepost validate <file>`: prints "ok" or every problem (path: message); exit code 1 when invalid. */
export async function validateCommand(file: string): Promise<void> {
  const result = importWizard(await readFile(file, 'utf8'));
  if (result.ok) {
    const fields = result.definition.steps.reduce((n, s) => n + s.fields.length, 0);
    console.log(`ok: ${result.definition.name} (${result.definition.steps.length} steps, ${fields} fields)`);
    return;
  }
  console.error(`${file}: ${result.problems.length} problem(s)`);
  for (const p of result.problems) console.error(`  ${p.path}: ${p.message}`);
  process.exitCode = 1;
}
