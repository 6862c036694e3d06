import { describe, expect, it } from 'vitest';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { newMemory } from '../memory.js';
import type { WizardDefinition } from '../../../core/wizard/definition.js';
import { field } from '../extract/test-helpers.js';
import { nextQuestion, offersDefaults, targetField } from './questions.js';

/** A step "plan" whose one field holds its default value. */
const snapshot = {
  current_step_id: 'plan',
  fields: [
    {
      name: 'tier',
      type: 'single_select',
      step_id: 'plan',
      visible: true,
      enabled: true,
      answered: true,
      provenance: { source: 'default' },
    },
  ],
} as unknown as RunSnapshot;

describe('offersDefaults', () => {
  it.each([
    ['offers a step whose values are all defaults', () => newMemory(), true],
    [
      'not once its prompt was said',
      () => Object.assign(newMemory(), { prompted: new Set(['plan']) }),
      false,
    ],
    [
      'not when the person said the default value themselves',
      () => Object.assign(newMemory(), { chosen: new Set(['tier']) }),
      false,
    ],
  ])('%s', (_, memory, expected) => {
    expect(offersDefaults(snapshot, memory())).toBe(expected);
  });
});

/** A step "visit" in wizard order: a required reason, optional concerns, a required pain level. */
const visit = (answered: string[], asks: Record<string, boolean> = {}) =>
  ({
    current_step_id: 'visit',
    fields: [
      ['reason', true],
      ['concerns', false],
      ['pain', true],
    ].map(([name, required]) => ({
      name,
      required,
      type: 'text',
      step_id: 'visit',
      visible: true,
      enabled: true,
      answered: answered.includes(name as string),
      guide_asks: asks[name as string] ?? true,
    })),
  }) as unknown as RunSnapshot;

describe('targetField', () => {
  it.each([
    ['the first field in wizard order', [], undefined, 'reason'],
    ['an optional field before a later required one', ['reason'], undefined, 'concerns'],
    ['the next required field once the optional one is skipped', ['reason'], 'concerns', 'pain'],
    ['nothing when all are answered', ['reason', 'concerns', 'pain'], undefined, undefined],
  ] as const)('%s', (_, answered, skipped, expected) => {
    const memory = newMemory();
    if (skipped) memory.skipped.add(skipped);
    expect(targetField(visit([...answered]), memory)?.name).toBe(expected);
  });

  it('passes over an optional field the guide only mentions', () => {
    expect(targetField(visit(['reason'], { concerns: false }), newMemory())?.name).toBe('pain');
  });
});

describe('nextQuestion: the step prompt', () => {
  const jobs = field('jobs', 'multi_select', { required: true, opts: [['oil', 'Oil change']] });
  const extra = field('extra', 'text', { label: 'Anything else we should know?' });
  const definition = {
    steps: [{ id: 'work', title: 'Work', voice_prompt: 'What can we do for you?', fields: [jobs, extra] }],
  } as unknown as WizardDefinition;
  const view = (name: string, answered: boolean, source?: string) => ({
    name,
    step_id: 'work',
    visible: true,
    enabled: true,
    required: name === 'jobs',
    answered,
    ...(source ? { provenance: { source } } : {}),
  });
  const state = (...fields: ReturnType<typeof view>[]) =>
    ({
      status: 'active',
      is_review: false,
      current_step_id: 'work',
      current_step: definition.steps[0],
      fields,
    }) as unknown as RunSnapshot;
  it.each<[string, RunSnapshot, string]>([
    [
      'a fresh step is asked with its prompt',
      state(view('jobs', false), view('extra', false)),
      'What can we',
    ],
    [
      'a step a field of which was said ahead is asked for what is left',
      state(view('jobs', true, 'user'), view('extra', false)),
      'Anything else we should know?',
    ],
    [
      'a default value is no answer said ahead',
      state(view('jobs', true, 'default'), view('extra', false)),
      'What can we',
    ],
  ])('%s', (_, snapshot, start) => {
    expect(nextQuestion(definition, snapshot, newMemory()).text.startsWith(start)).toBe(true);
  });
});
