import { describe, expect, it } from 'vitest';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { newMemory } from '../memory.js';
import { offersDefaults } from './questions.js';

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
