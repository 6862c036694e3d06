import { describe, expect, it } from 'vitest';
import type { WizardDefinitionInput } from './definition.js';
import { parseWizardDefinition } from './validate-definition.js';

function withFields(fields: unknown[], extraSteps: unknown[] = []): WizardDefinitionInput {
  return {
    id: 'w',
    name: 'W',
    slug: 'w',
    steps: [{ id: 's', title: 'S', fields }, ...extraSteps],
  } as WizardDefinitionInput;
}

const colour = {
  name: 'colour',
  label: 'Colour',
  type: 'single_select',
  options: [{ value: 'red', label: 'Red' }],
};

describe('parseWizardDefinition', () => {
  it('accepts a sound definition', () => {
    expect(parseWizardDefinition(withFields([colour])).ok).toBe(true);
  });

  it.each<[string, WizardDefinitionInput, string, string]>([
    [
      'duplicate step ids',
      withFields([colour], [{ id: 's', title: 'Again' }]),
      'steps.1.id',
      'duplicate step id "s"',
    ],
    [
      'duplicate field names',
      withFields([colour, { ...colour, label: 'Again' }]),
      'steps.0.fields.1.name',
      'duplicate field name',
    ],
    [
      'a select without options',
      withFields([{ ...colour, options: [] }]),
      'steps.0.fields.0.options',
      'needs at least one option',
    ],
    [
      'duplicate option values',
      withFields([
        {
          ...colour,
          options: [
            { value: 'red', label: 'Red' },
            { value: 'red', label: 'Rouge' },
          ],
        },
      ]),
      'steps.0.fields.0.options.1.value',
      'duplicate option value "red"',
    ],
    [
      'an invalid pattern',
      withFields([{ name: 'a', label: 'A', type: 'text', validation: { pattern: '([' } }]),
      'steps.0.fields.0.validation.pattern',
      'not a valid regular expression',
    ],
    [
      'min above max',
      withFields([{ name: 'n', label: 'N', type: 'number', validation: { min: 5, max: 1 } }]),
      'steps.0.fields.0.validation',
      'min is greater than max',
    ],
    [
      'an invalid default',
      withFields([{ ...colour, default: 'blue' }]),
      'steps.0.fields.0.default',
      'the default must be one of',
    ],
    [
      'a condition on an unknown field',
      withFields([
        colour,
        { name: 'b', label: 'B', type: 'text', conditions: { show_if: { '==': [{ var: 'size' }, 1] } } },
      ]),
      'steps.0.fields.1.conditions.show_if',
      'refers to unknown field "size"',
    ],
    [
      'an unknown operation',
      withFields([
        colour,
        {
          name: 'b',
          label: 'B',
          type: 'text',
          conditions: { hide_if: { between: [{ var: 'colour' }, 1, 2] } },
        },
      ]),
      'steps.0.fields.1.conditions.hide_if',
      'unknown JSON Logic operation "between"',
    ],
    [
      'a condition on the field itself',
      withFields([
        { name: 'b', label: 'B', type: 'text', conditions: { require_if: { '==': [{ var: 'b' }, 'x'] } } },
      ]),
      'steps.0.fields.0.conditions.require_if',
      'cannot depend on the field itself',
    ],
    [
      'a skip condition on an unknown field',
      withFields([colour], [{ id: 't', title: 'T', skip_if: { var: 'ghost' } }]),
      'steps.1.skip_if',
      'refers to unknown field "ghost"',
    ],
    [
      'a derive from an unknown field',
      withFields([
        { name: 'slug', label: 'Slug', type: 'text', derive: { from: 'title', transform: 'slug' } },
      ]),
      'steps.0.fields.0.derive.from',
      'refers to unknown field "title"',
    ],
  ])('reports %s', (_name, input, path, message) => {
    const result = parseWizardDefinition(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({ path, message: expect.stringContaining(message) });
  });

  it('reports all cross-reference problems at once', () => {
    const result = parseWizardDefinition(
      withFields([{ ...colour, options: [] }, { ...colour }], [{ id: 's', title: 'T' }]),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.length).toBe(3);
  });
});
