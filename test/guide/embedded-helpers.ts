import { WizardDefinitionBaseSchema, type WizardDefinitionInput } from '../../src/core/wizard/definition.js';
import { MemoryRunHandle } from '../../src/core/wizard/run-handle.js';
import { EmbeddedBrain, type EmbeddedBrainOptions } from '../../src/guide/nlu/index.js';
import { GuideSession } from '../../src/guide/session.js';
import type { TranscriptEntry } from '../../src/guide/types.js';

/** "Today" in these tests: Friday 6 March 2026, noon local time. */
export const NOW = new Date('2026-03-06T12:00:00');

/** A lead-capture wizard: contact details, project (budget, timeline, consent), then review. */
export const leadCapture: WizardDefinitionInput = {
  id: 'lead-capture',
  name: 'Lead capture',
  slug: 'lead-capture',
  guide: { name: 'Ada', personality: 'warm' },
  steps: [
    {
      id: 'contact',
      title: 'About you',
      voice_prompt: "Let's start with your full name.",
      fields: [
        { name: 'full_name', label: 'Full name', type: 'text', required: true },
        { name: 'email', label: 'Email', type: 'email', required: true },
        { name: 'phone', label: 'Phone', type: 'phone' },
        { name: 'company', label: 'Company', type: 'text' },
      ],
    },
    {
      id: 'project',
      title: 'Your project',
      fields: [
        {
          name: 'budget',
          label: 'Budget',
          type: 'single_select',
          required: true,
          options: [
            { value: 'under-5k', label: 'Under $5,000' },
            { value: '5k-20k', label: '$5,000 to $20,000' },
            { value: '20k-50k', label: '$20,000 to $50,000' },
            { value: 'over-50k', label: 'Over $50,000' },
          ],
        },
        { name: 'timeline', label: 'Start date', type: 'date', required: true },
        { name: 'consent', label: 'May we contact you about your project?', type: 'boolean', required: true },
      ],
    },
  ],
};

/** A started in-memory run of `definition` with a GuideSession over an EmbeddedBrain. */
export async function startSession(
  definition: WizardDefinitionInput,
  options: EmbeddedBrainOptions = {},
  history?: TranscriptEntry[],
): Promise<{ session: GuideSession; run: MemoryRunHandle; brain: EmbeddedBrain }> {
  const run = new MemoryRunHandle('run-1', WizardDefinitionBaseSchema.parse(definition));
  await run.dispatch({ type: 'start', reference_date: '2026-03-06' }, { actor: 'system', now: NOW });
  const brain = new EmbeddedBrain(options);
  const session = new GuideSession({ run, brain, now: () => NOW, ...(history ? { history } : {}) });
  return { session, run, brain };
}
