import { tool } from 'ai';
import { z } from 'zod';
import type { WizardDefinition } from '../../core/wizard/definition.js';
import { allFields } from '../../core/wizard/navigation.js';
import type { GuideToolbox, ToolResult } from '../types.js';
import { LLM_EXTRACTOR } from './tools.js';

/**
 * The sidekick tools of the LLM guide, offered only in wizards that have the fields they fill (the built-in
 * create-a-sidekick): `wizard_generate_avatar(prompt)` sets `avatar_prompt` and answers the preview image's
 * URL (the embedded generator's drawing, the same the sidekick gets); `wizard_select_voice(voice_id)` sets
 * `voice_id` and answers the voice's preview URL. Both are ordinary `set_wizard_field` calls underneath, so
 * the run engine validates them (an unknown voice is refused with the options).
 */
export function createSidekickTools(
  definition: WizardDefinition,
  toolbox: GuideToolbox,
  run: (call: Promise<ToolResult>) => Promise<object>,
) {
  const names = new Set(allFields(definition).map((e) => e.field.name));
  return {
    ...(names.has('avatar_prompt')
      ? {
          wizard_generate_avatar: tool({
            description:
              "Draw the sidekick's avatar from a description (e.g. 'a purple robot'); the picture shows in the form.",
            inputSchema: z.object({ prompt: z.string().min(1).max(1000).describe('what the avatar shows') }),
            execute: async ({ prompt }) => ({
              ...(await run(
                toolbox.set_wizard_field({
                  field_name: 'avatar_prompt',
                  value: prompt,
                  extractor: LLM_EXTRACTOR,
                }),
              )),
              preview_url: `/api/v1/avatars/preview?prompt=${encodeURIComponent(prompt)}`,
            }),
          }),
        }
      : {}),
    ...(names.has('voice_id')
      ? {
          wizard_select_voice: tool({
            description: "Choose the sidekick's voice by its id (one of the voice field's option values).",
            inputSchema: z.object({ voice_id: z.string().min(1).max(200) }),
            execute: async ({ voice_id }) => ({
              ...(await run(
                toolbox.set_wizard_field({
                  field_name: 'voice_id',
                  value: voice_id,
                  extractor: LLM_EXTRACTOR,
                }),
              )),
              preview_url: `/api/v1/voices/${encodeURIComponent(voice_id)}/preview`,
            }),
          }),
        }
      : {}),
  };
}
