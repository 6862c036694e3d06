import createASidekick from '../../../src/builtin/create-a-sidekick.json';
import leadCapture from '../../../src/builtin/lead-capture.json';
import type { WizardDefinition } from '../../../src/core/wizard/definition';
import { importWizard } from '../../../src/core/wizard/wizard-file';
import { FIELD_TYPES_DEMO } from './field-types-demo';

/**
 * The wizards shipped with Guidepost (src/builtin/*.json, bundled through Vite's JSON import), read with
 * the same `importWizard` the server uses, so an invalid file fails here exactly as it fails there.
 */
const FILES: Record<string, unknown> = {
  'lead-capture': leadCapture,
  'create-a-sidekick': createASidekick,
};

/** Slugs of the built-in wizards, in gallery order. */
export const BUILTIN_SLUGS = Object.keys(FILES);

/** Wizards that can be previewed but are not built-ins (the field-type catalogue). */
const DEMOS: Record<string, unknown> = { 'field-types': FIELD_TYPES_DEMO };

const cache = new Map<string, WizardDefinition>();

/** The built-in (or demo) wizard with this slug, validated; `undefined` for an unknown slug. Throws if a file is invalid. */
export function builtinWizard(slug: string): WizardDefinition | undefined {
  const cached = cache.get(slug);
  if (cached) return cached;
  const file = Object.hasOwn(FILES, slug)
    ? FILES[slug]
    : Object.hasOwn(DEMOS, slug)
      ? DEMOS[slug]
      : undefined;
  if (file === undefined) return undefined;
  const result = importWizard(file);
  if (!result.ok)
    throw new Error(
      `built-in wizard ${slug} is invalid: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
    );
  cache.set(slug, result.definition);
  return result.definition;
}
