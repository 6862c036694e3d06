import { describe, expect, it } from 'vitest';
import { FIELD_TYPES } from './definition.js';
import { SEED_FIELD_TYPES, withOurFieldTypes } from './seed-names.js';
import { exportWizard, importWizard } from './wizard-file.js';

/** A wizard file as the seed writes it: its selection and input type names. */
function seedFile() {
  const field = (name: string, type: string, extra: object = {}) => ({ name, label: name, type, ...extra });
  const options = [
    { value: 'a', label: 'A' },
    { value: 'b', label: 'B' },
  ];
  return {
    version: 1,
    wizard: {
      id: 'seed',
      name: 'Seed',
      slug: 'seed',
      steps: [
        {
          id: 'one',
          title: 'One',
          fields: [
            field('pick', 'select', { options }),
            field('picks', 'multiple_select', { options }),
            field('name', 'text_input'),
            field('count', 'number_input'),
            field('day', 'date_input'),
            field('hour', 'time_input'),
            field('when', 'datetime_input'),
            field('colour', 'color_picker'),
            field('email', 'email'),
          ],
        },
      ],
    },
  };
}

describe('seed names on import', () => {
  it.each([
    ['select', 'single_select'],
    ['multiple_select', 'multi_select'],
    ['text_input', 'text'],
    ['number_input', 'number'],
    ['date_input', 'date'],
    ['time_input', 'time'],
    ['datetime_input', 'datetime'],
    ['color_picker', 'color'],
  ])('maps the seed type %s to %s', (seed, ours) => {
    expect(SEED_FIELD_TYPES[seed]).toBe(ours);
  });

  it('maps every seed name to one of our field types, and never renames one of ours', () => {
    for (const ours of Object.values(SEED_FIELD_TYPES)) expect(FIELD_TYPES).toContain(ours);
    for (const ours of FIELD_TYPES) expect(Object.hasOwn(SEED_FIELD_TYPES, ours)).toBe(false);
  });

  it('imports a seed file with our types, says what it renamed, and exports our names', () => {
    const result = importWizard(seedFile());
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.definition.steps[0]!.fields.map((f) => f.type)).toEqual([
      'single_select',
      'multi_select',
      'text',
      'number',
      'date',
      'time',
      'datetime',
      'color',
      'email',
    ]);
    const exported = exportWizard(result.definition);
    for (const seed of ['"select"', 'multiple_select', 'text_input', 'color_picker'])
      expect(exported).not.toContain(seed);
    const again = importWizard(exported);
    expect(again.ok && again.definition).toEqual(result.definition);
    expect(withOurFieldTypes(seedFile().wizard).renames[0]).toEqual({
      path: 'steps.0.fields.0.type',
      from: 'select',
      to: 'single_select',
    });
  });

  it('leaves unknown types for validation to name, and does not change its input', () => {
    const file = seedFile();
    file.wizard.steps[0]!.fields[0]!.type = 'hologram';
    const result = importWizard(file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.path).toBe('wizard.steps.0.fields.0.type');
    expect(seedFile().wizard.steps[0]!.fields[1]!.type).toBe('multiple_select');
    expect(withOurFieldTypes('not a wizard')).toEqual({ wizard: 'not a wizard', renames: [] });
  });
});
