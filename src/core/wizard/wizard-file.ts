import { z } from 'zod';
import type { WizardDefinition } from './definition.js';
import { withOurFieldTypes } from './seed-names.js';
import { parseWizardDefinition, zodProblems, type DefinitionProblem } from './validate-definition.js';

/** The version of the wizard export format this build writes and reads. */
export const WIZARD_FILE_VERSION = 1;

const EnvelopeSchema = z.object({
  $schema: z.string().optional(),
  version: z.number({ error: 'version is missing: a wizard file starts with {"version": 1, "wizard": {…}}' }),
  wizard: z.unknown(),
});

export type WizardFileResult =
  { ok: true; definition: WizardDefinition } | { ok: false; problems: DefinitionProblem[] };

/**
 * Reads a wizard export: `{"version": 1, "wizard": WizardDefinition}` as a JSON string or parsed value.
 * Field types named as the seed names them (`select`, `text_input`, `color_picker`, … see seed-names.ts)
 * are read as ours. Rejects invalid JSON, unknown versions and invalid definitions, listing every problem
 * with its path.
 */
export function importWizard(input: string | unknown): WizardFileResult {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      return {
        ok: false,
        problems: [{ path: '(root)', message: `not valid JSON: ${(error as Error).message}` }],
      };
    }
  }
  const envelope = EnvelopeSchema.safeParse(data);
  if (!envelope.success) return { ok: false, problems: zodProblems(envelope.error) };
  if (envelope.data.version !== WIZARD_FILE_VERSION)
    return {
      ok: false,
      problems: [
        {
          path: 'version',
          message: `unknown wizard file version ${envelope.data.version}; this Guidepost reads version ${WIZARD_FILE_VERSION}`,
        },
      ],
    };
  const result = parseWizardDefinition(withOurFieldTypes(envelope.data.wizard).wizard);
  if (result.ok) return result;
  return { ok: false, problems: result.problems.map((p) => ({ ...p, path: `wizard.${p.path}` })) };
}

/** Writes a wizard export as pretty JSON text (two-space indent, trailing newline). */
export function exportWizard(definition: WizardDefinition): string {
  return `${JSON.stringify({ version: WIZARD_FILE_VERSION, wizard: definition }, null, 2)}\n`;
}
