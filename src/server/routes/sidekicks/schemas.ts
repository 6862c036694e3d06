import { z } from 'zod';
import { CITATION_STYLES, SIDEKICK_CONFIG_MODES, SIDEKICK_STATUSES } from '../../../core/sidekicks.js';
import { SidekickCreateSchema, SidekickUpdateSchema } from '../../../sidekicks/input.js';
import type { SidekickView } from '../../../sidekicks/service.js';

/** Zod schemas of the sidekick API and the mapping of views to their JSON (snake_case, ISO dates). */

export const SidekickParams = z.object({ id: z.string().min(1).max(100) });
export const SidekickSlugParams = z.object({ slug: z.string().min(1).max(100) });
export const SidekickListQuery = z.strictObject({
  run_id: z.uuid().optional().describe('only the sidekick this create-a-sidekick run created'),
});

/** Create: the create-a-sidekick wizard's field names; unknown members are refused. */
export const CreateSidekickBody = SidekickCreateSchema.strict();
/** Update: any of the same fields. */
export const UpdateSidekickBody = SidekickUpdateSchema.strict();

export const SidekickSchema = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  personality_description: z.string(),
  voice_id: z.string().nullable(),
  avatar_prompt: z.string().nullable(),
  avatar_url: z
    .string()
    .nullable()
    .describe('the stored avatar image (SVG or PNG), cacheable; null when none is stored'),
  config_mode: z.enum(SIDEKICK_CONFIG_MODES),
  model: z.string().nullable(),
  temperature: z.number().nullable(),
  retrieval_depth: z.number().int().nullable(),
  citation_style: z.enum(CITATION_STYLES).nullable(),
  greeting: z.string().nullable(),
  status: z.enum(SIDEKICK_STATUSES),
  builtin: z.boolean().describe('shipped with Guidepost (Farah Qubit); cannot be deleted'),
  created_by: z.string().nullable(),
  created_from_run_id: z.string().nullable().describe('the create-a-sidekick run that made it'),
  page_url: z.string().describe("the sidekick's page in the web app"),
  created_at: z.string(),
  updated_at: z.string(),
});

/** A sidekick's JSON. */
export function sidekickJson(s: SidekickView): z.infer<typeof SidekickSchema> {
  return {
    id: s.id,
    name: s.name,
    slug: s.slug,
    personality_description: s.personalityDescription,
    voice_id: s.voiceId,
    avatar_prompt: s.avatarPrompt,
    avatar_url: s.hasAvatar ? `/api/v1/sidekicks/${s.id}/avatar?v=${s.avatarEtag?.slice(0, 12) ?? ''}` : null,
    config_mode: s.configMode,
    model: s.model,
    temperature: s.temperature,
    retrieval_depth: s.retrievalDepth,
    citation_style: s.citationStyle,
    greeting: s.greeting,
    status: s.status,
    builtin: s.builtin,
    created_by: s.createdBy,
    created_from_run_id: s.createdFromRunId,
    page_url: `/sidekicks/${s.slug}`,
    created_at: s.createdAt.toISOString(),
    updated_at: s.updatedAt.toISOString(),
  };
}
