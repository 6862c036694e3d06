import slugify from 'slugify';
import { z } from 'zod';
import { CITATION_STYLES, SIDEKICK_CONFIG_MODES, SIDEKICK_STATUSES } from '../core/sidekicks.js';

/**
 * What creates or changes a sidekick, in the create-a-sidekick wizard's own field names (`name`, `slug`,
 * `personality_description`, `voice_id`, `avatar_prompt`, `config_mode`, and the advanced settings `model`,
 * `temperature`, `retrieval_depth`, `citation_style`, `greeting`), so a completed run's values create a
 * sidekick as they are. Unknown keys are dropped (a run's values may hold other fields); the API refuses
 * them with its strict variant. Optional fields take null for "none".
 */

/** A sidekick's web address: lowercase words joined by hyphens, at most 60 characters. */
export const SidekickSlugSchema = z
  .string()
  .max(60)
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be lowercase letters, digits and hyphens, like herman-the-helper',
  );

/** The fields of a sidekick, each optional (see SidekickCreateSchema and SidekickUpdateSchema). */
export const sidekickFields = {
  name: z.string().trim().min(1).max(100).describe("the sidekick's display name"),
  slug: SidekickSlugSchema.describe('unique in the tenant; derived from the name when absent'),
  personality_description: z.string().max(4000).describe('how it talks and behaves'),
  voice_id: z.string().min(1).max(200).nullable().describe('a voice of GET /api/v1/voices'),
  avatar_prompt: z.string().max(1000).nullable().describe('what the avatar shows, e.g. "a purple robot"'),
  config_mode: z.enum(SIDEKICK_CONFIG_MODES).describe('default settings, or the advanced ones below'),
  model: z.string().min(1).max(200).nullable().describe('advanced: the model id, e.g. gpt-4o-mini'),
  temperature: z.number().min(0).max(2).nullable().describe('advanced: sampling temperature, 0–2'),
  retrieval_depth: z
    .number()
    .int()
    .min(1)
    .max(20)
    .nullable()
    .describe('advanced: knowledge passages retrieved per turn, 1–20'),
  citation_style: z.enum(CITATION_STYLES).nullable().describe('advanced: how answers cite knowledge'),
  greeting: z.string().max(2000).nullable().describe('its first line in a chat or as a guide'),
  status: z.enum(SIDEKICK_STATUSES).describe('active, draft or archived'),
};

/** A new sidekick: `name` required, the rest optional (`slug` from the name, `config_mode` default). */
export const SidekickCreateSchema = z.object({
  ...partial(sidekickFields),
  name: sidekickFields.name,
});
export type SidekickCreate = z.infer<typeof SidekickCreateSchema>;

/** Changes to a sidekick: any of its fields. */
export const SidekickUpdateSchema = z.object(partial(sidekickFields));
export type SidekickUpdate = z.infer<typeof SidekickUpdateSchema>;

/** The slug Guidepost makes from a name: "Herman the Helper!" → `herman-the-helper` (at most 60 characters). */
export function slugFromName(name: string): string {
  const slug = slugify(name, { lower: true, strict: true, trim: true }).slice(0, 60).replace(/-+$/, '');
  return slug || 'sidekick';
}

function partial<T extends Record<string, z.ZodType>>(shape: T): { [K in keyof T]: z.ZodOptional<T[K]> } {
  return Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof T]: z.ZodOptional<T[K]>;
  };
}
