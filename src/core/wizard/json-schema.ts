import { z } from 'zod';
import { WizardDefinitionBaseSchema } from './definition.js';

/** The JSON Schema (draft 2020-12) of a wizard file `{"version": 1, "wizard": …}`, for editors. */
export function wizardFileJsonSchema(): Record<string, unknown> {
  const envelope = z.object({
    $schema: z.string().optional(),
    version: z.literal(1),
    wizard: WizardDefinitionBaseSchema,
  });
  return z.toJSONSchema(envelope, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
