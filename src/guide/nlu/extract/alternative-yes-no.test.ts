import { describe, expect, it } from 'vitest';
import type { Field } from '../../../core/wizard/definition.js';
import { alternativeYesNo } from './alternative-yes-no.js';

const online: Field = {
  name: 'online',
  label: 'Online lessons',
  type: 'boolean',
  required: true,
  extraction_hints: [],
};
const delivery: Field = {
  name: 'delivery',
  label: 'Delivery',
  type: 'boolean',
  required: true,
  description: 'Delivered to your door, or collected from the shop',
  extraction_hints: [],
};
const asked = 'Would you like the lessons online, or in person at our centre?';

describe('a yes/no asked as a choice, answered by one side', () => {
  it.each([
    [online, asked, 'in person please', false],
    [online, asked, 'online suits us better', true],
    [online, asked, 'in person, not online', null],
    [online, asked, 'whatever works', null],
    [online, 'Online lessons?', 'in person please', null],
    [delivery, 'Delivery?', "we'll collect it ourselves", false],
    [delivery, 'Delivery?', 'deliver it please', true],
    [online, 'Online lessons, or not?', 'in person please', null],
  ] as const)('%#: %s / %s → %s', (field, agent, utterance, want) => {
    expect(alternativeYesNo(utterance, field, agent)).toBe(want);
  });
});
