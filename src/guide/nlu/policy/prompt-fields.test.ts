import { describe, expect, it } from 'vitest';
import type { WizardDefinition } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { defaultNlu } from '../nlu.js';
import { newMemory } from '../memory.js';
import { field } from '../extract/test-helpers.js';
import { promptAskedFields } from './prompt-fields.js';
import type { Field } from '../../../core/wizard/definition.js';

function setup(
  fields: Field[],
  prompt: string,
  opts: { said?: string; answered?: string[]; required?: string[] } = {},
) {
  const definition = { steps: [{ id: 's', fields }] } as unknown as WizardDefinition;
  const snapshot = {
    current_step_id: 's',
    current_step: { id: 's', voice_prompt: prompt },
    fields: fields.map((f) => ({
      name: f.name,
      type: f.type,
      step_id: 's',
      visible: true,
      enabled: true,
      required: (opts.required ?? []).includes(f.name),
      answered: (opts.answered ?? []).includes(f.name),
    })),
  } as unknown as RunSnapshot;
  const memory = newMemory();
  memory.lastQuestion = opts.said ?? prompt;
  return { definition, snapshot, memory };
}

const names = (fs: Field[]) => fs.map((f) => f.name);

describe('promptAskedFields', () => {
  const access = field('access_notes', 'text', {
    label: 'Entry instructions',
    description: 'Buzzer code, concierge, lockbox or where a key is left',
  });
  const focus = field('job_description', 'textarea', { label: 'What should we focus on?' });
  const title = field('talk_title', 'text', { label: 'Talk title' });
  const abstract = field('abstract', 'textarea', { label: 'Abstract' });
  const reason = field('reason', 'single_select', {
    label: 'Reason for visit',
    opts: [['checkup', 'Check-up']],
  });
  const details = field('details', 'textarea', { label: 'Tell us more' });
  const previous = field('previous_dentist', 'text', { label: 'Previous dentist' });
  const summary = field('summary', 'text', { label: 'Summary' });
  const steps = field('steps_to_reproduce', 'textarea', { label: 'Steps to reproduce' });
  const years = field('years_experience', 'number', { label: 'Years of restaurant experience' });
  const pay = field('desired_pay', 'number', { label: 'Desired hourly pay (USD)' });
  const guests = field('guests', 'number', { label: 'Number of guests' });
  const sidekick = field('name', 'text', { label: 'Sidekick name' });
  const slug = field('slug', 'text', {
    label: 'Web address',
    derive: { from: 'name', transform: 'slug' },
    validation: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
  });
  const handle = field('handle', 'text', { label: 'Handle', derive: { from: 'title', transform: 'slug' } });

  it.each([
    // the prompt asks both free-text fields: both, in the step's order
    [
      [access, focus],
      'Is there a buzzer code, lockbox or concierge we should know about? And what would you like us to focus on?',
      'job_description',
      { required: ['job_description'] },
      ['access_notes', 'job_description'],
    ],
    [
      [title, abstract],
      "What's the title of your talk, and what is it about?",
      'talk_title',
      { required: ['talk_title', 'abstract'] },
      ['talk_title', 'abstract'],
    ],
    [
      [summary, steps],
      'Give the bug a one-line summary, then tell me how to reproduce it.',
      'summary',
      { required: ['summary', 'steps_to_reproduce'] },
      ['summary', 'steps_to_reproduce'],
    ],
    // a choice asked with its description: the description is asked too; an optional field not mentioned is not
    [
      [reason, details, previous],
      "What's the main reason for your visit? And tell me a little about it.",
      'reason',
      { required: ['reason', 'details'] },
      ['reason', 'details'],
    ],
    // answered fields are not asked again
    [
      [title, abstract],
      "What's the title of your talk, and what is it about?",
      'talk_title',
      { required: ['talk_title', 'abstract'], answered: ['abstract'] },
      ['talk_title'],
    ],
    // two numbers asked at once: both
    [
      [years, pay],
      'How many years of restaurant experience do you have, and what hourly pay are you hoping for?',
      'years_experience',
      { required: ['years_experience', 'desired_pay'] },
      ['years_experience', 'desired_pay'],
    ],
    // a number the prompt does not name is not asked with another
    [
      [years, guests],
      'How many years of restaurant experience do you have?',
      'years_experience',
      { required: ['years_experience', 'guests'] },
      ['years_experience'],
    ],
    // a field made from another is not asked with it: its value comes from the one it is made from
    [
      [sidekick, slug],
      'First things first: what would you like to call your sidekick?',
      'name',
      { required: ['name', 'slug'] },
      ['name'],
    ],
    [
      [title, handle],
      "What's the title of your talk?",
      'talk_title',
      { required: ['talk_title', 'handle'] },
      ['talk_title'],
    ],
    // guard: unless the prompt names it
    [
      [sidekick, slug],
      'What would you like to call your sidekick, and what web address should it have?',
      'name',
      { required: ['name', 'slug'] },
      ['name', 'slug'],
    ],
    // the last question was not the step's prompt: only the field asked
    [
      [access, focus],
      'Is there a buzzer code? And what would you like us to focus on?',
      'access_notes',
      { required: ['job_description'], said: "What's your entry instructions?" },
      ['access_notes'],
    ],
  ] as const)('%#: %s asks %s → %j', (fs, prompt, target, opts, want) => {
    const { definition, snapshot, memory } = setup([...fs], prompt, {
      ...opts,
      required: [...(opts.required ?? [])],
      answered: 'answered' in opts ? [...opts.answered] : [],
    });
    const t = fs.find((f) => f.name === target)!;
    expect(names(promptAskedFields(defaultNlu, definition, snapshot, memory, t))).toEqual(want);
  });
});
