import { readFileSync } from 'node:fs';
import type { WizardDefinition } from '../core/wizard/definition.js';
import { importWizard } from '../core/wizard/wizard-file.js';

/** Slugs of the wizards shipped with Guidepost, seeded into the database on first start. */
export const BUILTIN_WIZARD_SLUGS = ['create-a-sidekick', 'lead-capture'] as const;

/** Reads and validates the built-in wizard definitions shipped as JSON beside this module. Throws if one is invalid. */
export function loadBuiltinWizards(): WizardDefinition[] {
  return BUILTIN_WIZARD_SLUGS.map((slug) => {
    const text = readFileSync(new URL(`./${slug}.json`, import.meta.url), 'utf8');
    const result = importWizard(text);
    if (!result.ok)
      throw new Error(
        `built-in wizard ${slug} is invalid: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
      );
    return result.definition;
  });
}
