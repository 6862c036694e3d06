import type { MockLanguageModelV3 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { GuideSession } from '../session.js';
import { LlmBrain } from './brain.js';
import { leadWizard, startedRun } from './fixture.test-support.js';
import { scriptedModel } from './testing.js';

const now = () => new Date('2026-03-10T09:00:00Z');

type Prompt = MockLanguageModelV3['doGenerateCalls'][number]['prompt'];

/** The tool-result outputs in a prompt, by tool name. */
function toolOutputs(prompt: Prompt): Array<{ toolName: string; value: unknown }> {
  return prompt.flatMap((message) =>
    message.role === 'tool'
      ? message.content.flatMap((part) =>
          part.type === 'tool-result' && 'value' in part.output
            ? [{ toolName: part.toolName, value: part.output.value }]
            : [],
        )
      : [],
  );
}

describe('LlmBrain', () => {
  it('runs the tool loop: sets a field, advances the step, then answers', async () => {
    const run = await startedRun(leadWizard());
    const model = scriptedModel([
      {
        toolCalls: [{ name: 'set_wizard_field', input: { field_name: 'email', value: 'ann@example.com' } }],
      },
      { toolCalls: [{ name: 'wizard_next_step', input: {} }] },
      { text: "Thanks Ann! What's your budget?" },
    ]);
    const session = new GuideSession({ run, brain: new LlmBrain(model), now });

    const turn = await session.send("It's ann@example.com");

    expect(turn.reply).toBe("Thanks Ann! What's your budget?");
    expect(turn.tool_calls.map((c) => c.name)).toEqual(['set_wizard_field', 'wizard_next_step']);
    expect(turn.tool_calls[0]!.args).toMatchObject({
      field_name: 'email',
      value: 'ann@example.com',
      utterance: "It's ann@example.com",
      extractor: 'llm',
    });
    expect(turn.tool_calls.every((c) => c.result.ok)).toBe(true);
    expect(run.state().values.email).toBe('ann@example.com');
    expect(run.state().current_step_id).toBe('project');
    expect(turn.snapshot.current_step_id).toBe('project');
    expect(turn.events.length).toBeGreaterThan(0);

    expect(model.doGenerateCalls).toHaveLength(3);
    const first = model.doGenerateCalls[0]!;
    expect(first.tools?.map((t) => t.name).sort()).toEqual(
      [
        'apply_wizard_option_set',
        'clear_wizard_field',
        'complete_wizard',
        'get_wizard_state',
        'set_wizard_field',
        'wizard_go_to_step',
        'wizard_next_step',
        'wizard_previous_step',
      ].sort(),
    );
    expect(first.prompt.at(-1)).toMatchObject({
      role: 'user',
      content: [{ type: 'text', text: "It's ann@example.com" }],
    });
    // The system prompt is rebuilt before each step: the last call sees the advanced state.
    const lastSystem = model.doGenerateCalls[2]!.prompt[0]!;
    expect(lastSystem.role).toBe('system');
    expect(lastSystem.content).toContain('Current step: `project` "Your project"');
    expect(lastSystem.content).toContain('`email` = "ann@example.com"');
  });

  it('feeds a refused value back to the model, which then sets a valid one', async () => {
    const run = await startedRun(leadWizard());
    const model = scriptedModel([
      { toolCalls: [{ name: 'set_wizard_field', input: { field_name: 'email', value: 'not-an-email' } }] },
      { toolCalls: [{ name: 'set_wizard_field', input: { field_name: 'email', value: 'ann@example.com' } }] },
      { text: 'Got it.' },
    ]);
    const session = new GuideSession({ run, brain: new LlmBrain(model), now });

    const turn = await session.send('my email is not-an-email, sorry, ann@example.com');

    const [refused] = toolOutputs(model.doGenerateCalls[1]!.prompt);
    expect(refused).toMatchObject({
      toolName: 'set_wizard_field',
      value: { ok: false, current_step: 'contact' },
    });
    expect((refused!.value as { error: string }).error).toMatch(/email/i);
    expect((refused!.value as { missing_in_step: string[] }).missing_in_step).toContain('email');
    expect(turn.tool_calls.map((c) => c.result.ok)).toEqual([false, true]);
    expect(run.state().values.email).toBe('ann@example.com');
    expect(turn.snapshot.missing_required).not.toContain('email');
    expect(turn.reply).toBe('Got it.');
  });

  it('reports an unknown field name to the model without touching the run', async () => {
    const run = await startedRun(leadWizard());
    const model = scriptedModel([
      { toolCalls: [{ name: 'set_wizard_field', input: { field_name: 'mail', value: 'ann@example.com' } }] },
      { text: 'Which field did you mean?' },
    ]);
    const turn = await new GuideSession({ run, brain: new LlmBrain(model), now }).send('x');
    expect(turn.reply).toBe('Which field did you mean?');
    expect(turn.tool_calls).toEqual([]);
    const tool = model.doGenerateCalls[1]!.prompt.find((m) => m.role === 'tool');
    expect(tool?.content[0]).toMatchObject({
      type: 'tool-result',
      output: { type: 'error-text', value: expect.stringContaining('field_name') },
    });
  });

  it('sends the conversation history as user/assistant messages', async () => {
    const run = await startedRun(leadWizard({ greeting: 'Hi, I am Ava.' }));
    const model = scriptedModel([{ text: 'Sure.' }]);
    const session = new GuideSession({ run, brain: new LlmBrain(model), now });
    await session.greet();
    await session.send('hello');
    const prompt = model.doGenerateCalls[0]!.prompt;
    expect(prompt.map((m) => m.role)).toEqual(['system', 'assistant', 'user']);
    expect(prompt[1]).toMatchObject({
      content: [{ type: 'text', text: expect.stringContaining('Hi, I am Ava.') }],
    });
  });

  it('falls back to the tool error and the step question when the model returns no text', async () => {
    const run = await startedRun(leadWizard());
    const model = scriptedModel([
      { toolCalls: [{ name: 'set_wizard_field', input: { field_name: 'email', value: 'nope' } }] },
    ]);
    const session = new GuideSession({ run, brain: new LlmBrain(model, { maxSteps: 2 }), now });
    const turn = await session.send('nope');
    expect(model.doGenerateCalls).toHaveLength(2);
    expect(turn.reply).toMatch(/^Sorry, that didn't work: .+\. What's your email address\?$/);
  });

  it('rejects a bad maxSteps and passes the temperature through', async () => {
    expect(() => new LlmBrain(scriptedModel([]), { maxSteps: 0 })).toThrow(/maxSteps/);
    const run = await startedRun(leadWizard());
    const model = scriptedModel([{ text: 'ok' }]);
    await new GuideSession({ run, brain: new LlmBrain(model, { temperature: 0.2 }), now }).send('hi');
    expect(model.doGenerateCalls[0]!.temperature).toBe(0.2);
  });

  describe('greet', () => {
    it('uses the configured greeting and the first question without calling the model', async () => {
      const run = await startedRun(leadWizard({ greeting: 'Hi, I am Ava' }));
      const model = scriptedModel([{ text: 'unused' }]);
      const turn = await new GuideSession({ run, brain: new LlmBrain(model), now }).greet();
      expect(turn.reply).toBe("Hi, I am Ava. What's your email address?");
      expect(model.doGenerateCalls).toHaveLength(0);
    });

    it('asks the model, without tools, when no greeting is configured', async () => {
      const run = await startedRun(leadWizard());
      const model = scriptedModel([{ text: "Hello, I'm Ava! What's your email?" }]);
      const turn = await new GuideSession({ run, brain: new LlmBrain(model), now }).greet();
      expect(turn.reply).toBe("Hello, I'm Ava! What's your email?");
      expect(model.doGenerateCalls).toHaveLength(1);
      expect(model.doGenerateCalls[0]!.tools ?? []).toHaveLength(0);
      expect(turn.tool_calls).toEqual([]);
    });

    it('falls back to a plain greeting when the model says nothing', async () => {
      const run = await startedRun(leadWizard());
      const turn = await new GuideSession({
        run,
        brain: new LlmBrain(scriptedModel([{ text: '' }])),
        now,
      }).greet();
      expect(turn.reply).toBe("Hi, I'm Ava. What's your email address?");
    });
  });
});
