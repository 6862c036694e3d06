import { describe, expect, it } from 'vitest';
import type { WizardDefinitionInput } from '../../src/core/wizard/definition.js';
import { loadBuiltinWizards } from '../../src/builtin/index.js';
import type { GuideSession } from '../../src/guide/session.js';
import { startSession } from './embedded-helpers.js';

/** Steps whose values all come from defaults: the guide asks them once instead of skipping them. */

async function say(session: GuideSession, text: string): Promise<string> {
  return (await session.send(text)).reply;
}

const sidekick = loadBuiltinWizards().find((w) => w.slug === 'create-a-sidekick')!;

const untilConfiguration = [
  'I think I will name it Herman',
  'He is cheerful and patient, explains things simply',
  'the british one',
  'skip',
  'yes',
];

const CONFIG_PROMPT = sidekick.steps.find((s) => s.id === 'configuration')!.voice_prompt!;

describe('EmbeddedBrain on a step with default values only', () => {
  it.each([
    ['advanced', 'advanced'],
    ['yes', 'default'],
    ['ok', 'default'],
    ['continue', 'default'],
    ['the default one', 'default'],
    ['custom please', 'advanced'],
  ])('asks the create-a-sidekick configuration question; %j gives config_mode=%s', async (answer, mode) => {
    const { session, run } = await startSession(sidekick as WizardDefinitionInput);
    await session.greet();
    let reply = '';
    for (const line of untilConfiguration) reply = await say(session, line);
    expect(reply).toContain(CONFIG_PROMPT);
    expect(run.state().current_step_id).toBe('configuration');
    reply = await say(session, answer);
    expect(run.state().values.config_mode).toBe(mode);
    // Both move on; advanced shows settings the author lets the guide only mention (guide_asks: false),
    // so they are named once in passing, not asked one by one.
    expect(run.state().current_step_id).toBe('api_keys');
    if (mode === 'advanced') expect(reply).toMatch(/You can also tell me the model, temperature/);
    else expect(reply).not.toMatch(/You can also tell me/);
    expect(reply).not.toContain(CONFIG_PROMPT);
  });

  it('asks once: going on after the answer does not ask again, and a muddled answer keeps the question', async () => {
    const definition: WizardDefinitionInput = {
      id: 'defaults',
      name: 'Defaults',
      slug: 'defaults',
      guide: { name: 'Dee' },
      steps: [
        {
          id: 'who',
          title: 'Who',
          fields: [{ name: 'full_name', label: 'Full name', type: 'text', required: true }],
        },
        {
          id: 'plan',
          title: 'Plan',
          voice_prompt: 'Basic plan or pro plan?',
          fields: [
            {
              name: 'plan',
              label: 'Plan',
              type: 'single_select',
              required: true,
              default: 'basic',
              options: [
                { value: 'basic', label: 'Basic' },
                { value: 'pro', label: 'Pro' },
              ],
            },
          ],
        },
        {
          id: 'end',
          title: 'End',
          fields: [{ name: 'notes', label: 'Notes', type: 'text' }],
        },
      ],
    };
    const { session, run } = await startSession(definition);
    await session.greet();
    expect(await say(session, 'Ann Lee')).toContain('Basic plan or pro plan?');
    expect(await say(session, 'hmm')).toMatch(/didn't catch/i);
    expect(run.state().current_step_id).toBe('plan');
    await say(session, 'sure');
    expect(run.state().current_step_id).toBe('end');
    expect(run.state().values.plan).toBe('basic');
  });
});
