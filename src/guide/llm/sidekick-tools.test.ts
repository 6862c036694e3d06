import { describe, expect, it } from 'vitest';
import { loadBuiltinWizards } from '../../builtin/index.js';
import type { GuideToolbox, SetFieldArgs, ToolResult } from '../types.js';
import { createGuideTools } from './tools.js';

const [createASidekick, leadCapture] = loadBuiltinWizards();

function recordingToolbox() {
  const set: SetFieldArgs[] = [];
  const ok = async (): Promise<ToolResult> =>
    ({
      ok: true,
      message: 'ok',
      snapshot: {
        status: 'active',
        current_step_id: 'avatar',
        is_review: false,
        missing_in_step: [],
        missing_required: [],
      },
    }) as unknown as ToolResult;
  const toolbox = new Proxy({} as GuideToolbox, {
    get: (_t, name) => (args: SetFieldArgs) => {
      if (name === 'set_wizard_field') set.push(args);
      return ok();
    },
  });
  return { toolbox, set };
}

describe('the LLM guide’s sidekick tools', () => {
  it('offers wizard_generate_avatar and wizard_select_voice in create-a-sidekick, setting its fields', async () => {
    const { toolbox, set } = recordingToolbox();
    const tools = createGuideTools(createASidekick!, toolbox);
    const options = { toolCallId: 'c1', messages: [] };
    const avatar = await tools.wizard_generate_avatar!.execute!({ prompt: 'a purple robot' }, options);
    expect(avatar).toMatchObject({
      ok: true,
      preview_url: '/api/v1/avatars/preview?prompt=a%20purple%20robot',
    });
    const voice = await tools.wizard_select_voice!.execute!({ voice_id: 'warm-calm-female' }, options);
    expect(voice).toMatchObject({ preview_url: '/api/v1/voices/warm-calm-female/preview' });
    expect(set.map((s) => [s.field_name, s.value])).toEqual([
      ['avatar_prompt', 'a purple robot'],
      ['voice_id', 'warm-calm-female'],
    ]);
  });

  it('does not offer them in a wizard without those fields', () => {
    const tools = createGuideTools(leadCapture!, recordingToolbox().toolbox);
    expect(Object.keys(tools)).not.toContain('wizard_generate_avatar');
    expect(Object.keys(tools)).not.toContain('wizard_select_voice');
  });
});
