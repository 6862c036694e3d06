import { describe, expect, it } from 'vitest';
import { GuideSession } from '../session.js';
import type { BrainTurnInput } from '../types.js';
import { leadWizard, startedRun } from './fixture.test-support.js';
import { HybridBrain } from './hybrid.js';
import { scriptedModel } from './testing.js';

const now = () => new Date('2026-03-10T09:00:00Z');

describe('HybridBrain', () => {
  it('pre-fills, then lets the LLM continue with the notes and the updated state', async () => {
    const run = await startedRun(leadWizard());
    const prefill = async (input: BrainTurnInput) => {
      const match = /\S+@\S+/.exec(input.userText);
      if (!match) return [];
      const result = await input.tools.set_wizard_field({
        field_name: 'email',
        value: match[0],
        extractor: 'regex',
      });
      return result.ok ? [`email = "${match[0]}"`] : [];
    };
    const model = scriptedModel([
      { toolCalls: [{ name: 'wizard_next_step', input: {} }] },
      { text: "Thanks! What's your budget?" },
    ]);
    const brain = new HybridBrain(model, prefill);
    expect(brain.kind).toBe('hybrid');
    const session = new GuideSession({ run, brain, now });

    const turn = await session.send('reach me at ann@example.com');

    expect(turn.reply).toBe("Thanks! What's your budget?");
    expect(turn.tool_calls.map((c) => c.name)).toEqual(['set_wizard_field', 'wizard_next_step']);
    expect(turn.tool_calls[0]!.args).toMatchObject({ extractor: 'regex' });
    expect(run.state().current_step_id).toBe('project');
    const system = model.doGenerateCalls[0]!.prompt[0]!.content as string;
    expect(system).toContain("Already filled from the user's words");
    expect(system).toContain('- email = "ann@example.com"');
    // The LLM sees the state after the pre-fill.
    expect(system).toContain('`email` = "ann@example.com"');
    expect(system).toContain('Still required on this step: nothing.');
  });

  it('adds no notes section when the pre-fill set nothing, and greets like the LLM brain', async () => {
    const run = await startedRun(leadWizard({ greeting: 'Hello!' }));
    const model = scriptedModel([{ text: 'Could you spell that?' }]);
    const session = new GuideSession({ run, brain: new HybridBrain(model, async () => []), now });
    expect((await session.greet()).reply).toBe("Hello! What's your email address?");
    const turn = await session.send('mumble');
    expect(turn.reply).toBe('Could you spell that?');
    expect(model.doGenerateCalls[0]!.prompt[0]!.content).not.toContain('Already filled');
  });
});
