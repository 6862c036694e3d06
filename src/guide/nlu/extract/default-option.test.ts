import { describe, expect, it } from 'vitest';
import { ctx, field } from './test-helpers.js';
import { defaultOptionAnswer } from './default-option.js';
import { extractForField } from './for-field.js';

const config = field('config_mode', 'single_select', {
  label: 'Configuration',
  default: 'default',
  opts: [
    ['default', 'Default', 'standard', 'recommended'],
    ['advanced', 'Advanced', 'custom'],
  ],
});
const size = field('room', 'single_select', {
  label: 'Room',
  default: 'double',
  opts: [
    ['single', 'Single'],
    ['double', 'Double'],
    ['regular-suite', 'Regular suite'],
  ],
});
const noDefault = field('plan', 'single_select', {
  opts: [
    ['a', 'Plan A'],
    ['b', 'Plan B'],
  ],
});

describe('defaultOptionAnswer', () => {
  it.each([
    ['normal settings please', config, 'default'],
    ['just the usual', config, 'default'],
    ['typical one is fine', size, 'double'],
  ])('%s → %s', (u, f, value) => expect(defaultOptionAnswer(u, f)).toBe(value));

  it.each([
    ['not the normal one', config],
    ['nothing standard for me', config],
    ['normal please', noDefault], // no default declared
    ['I want to tune it myself', config], // no word for the usual
  ])('guard — %s chooses nothing', (u, f) => expect(defaultOptionAnswer(u, f)).toBeNull());

  it('an option named by its own words wins over the default', () =>
    expect(extractForField('the regular suite', size, ctx)?.value).toBe('regular-suite'));
  it('the asked field takes the default said as "normal"', () =>
    expect(extractForField('normal settings please', config, ctx)).toMatchObject({ value: 'default' }));
  it('an option said is chosen, not the default', () =>
    expect(extractForField('advanced, normal is boring', config, ctx)?.value).toBe('advanced'));
});
