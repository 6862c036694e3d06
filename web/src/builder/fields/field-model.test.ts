import { describe, expect, it } from 'vitest';
import { FIELD_TYPES, type Field } from '../../../../src/core/wizard/definition';
import { parseWizardDefinition } from '../../../../src/core/wizard/validate-definition';
import { field } from '../../test/fixtures';
import {
  changeFieldType,
  isIdentifier,
  optionValueFrom,
  problemsUnder,
  withSetting,
  withValidation,
} from './field-model';

/** A field of the given type with every rule and setting its type reads, and a valid default. */
const RICH: Field = field({
  name: 'answer',
  label: 'Answer',
  type: 'text',
  required: true,
  description: 'Help',
  extraction_hints: ['hint'],
  validation: { min_length: 1, max_length: 50, custom_error: 'Nope' },
  conditions: { show_if: { '!=': [{ var: 'other' }, null] } },
  derive: { from: 'other', transform: 'slug' },
  default: 'hello',
});

const definitionWith = (f: Field) => ({
  id: 'w',
  name: 'W',
  slug: 'w',
  steps: [{ id: 's', title: 'S', fields: [field({ name: 'other', label: 'Other', type: 'text' }), f] }],
});

describe('changeFieldType', () => {
  it.each(FIELD_TYPES.flatMap((from) => FIELD_TYPES.map((to) => [from, to] as const)))(
    '%s → %s gives a valid definition and keeps the common settings',
    (from, to) => {
      const start = changeFieldType(RICH, from);
      const next = changeFieldType(start, to);
      expect(next.type).toBe(to);
      expect(next).toMatchObject({
        name: 'answer',
        label: 'Answer',
        required: from !== 'apply_button' && to !== 'apply_button',
        description: 'Help',
        extraction_hints: ['hint'],
      });
      expect(next.conditions).toEqual(RICH.conditions);
      const parsed = parseWizardDefinition(definitionWith(next));
      expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    },
  );

  it('keeps options between selects, the rules a type reads, and a default that is still valid', () => {
    const select = changeFieldType(RICH, 'multi_select');
    expect(select.options?.length).toBe(2);
    const single = changeFieldType(
      { ...select, options: [{ value: 'a', label: 'A', synonyms: [] }] },
      'single_select',
    );
    expect(single.options).toEqual([{ value: 'a', label: 'A', synonyms: [] }]);
    expect(changeFieldType(RICH, 'email').validation).toEqual(RICH.validation);
    expect(changeFieldType(RICH, 'email').derive).toEqual(RICH.derive);
    expect(changeFieldType(RICH, 'textarea').default).toBe('hello');
    expect(changeFieldType(RICH, 'number').default).toBeUndefined();
    const slider = changeFieldType(
      field({ name: 'n', label: 'N', type: 'number', default: 5, validation: { min: 1, max: 9 } }),
      'slider',
    );
    expect(slider).toMatchObject({ default: 5, validation: { min: 1, max: 9 } });
    const stepped = withSetting(changeFieldType(RICH, 'slider'), 'step', 2);
    expect(changeFieldType(stepped, 'number').settings).toBeUndefined();
    expect(changeFieldType(withSetting(stepped, 'max', 7), 'rating').settings).toEqual({ max: 7 });
  });
});

describe('helpers', () => {
  it.each([
    ['Over $50k!', 'over_50k'],
    ['  Café crème ', 'cafe_creme'],
    ['$$$', ''],
    ['A'.repeat(80), 'a'.repeat(64)],
  ])('optionValueFrom(%j) = %j', (label, value) => {
    expect(optionValueFrom(label)).toBe(value);
  });

  it.each([
    ['company_size', true],
    ['Company', false],
    ['1st', false],
    ['a'.repeat(65), false],
    ['', false],
  ])('isIdentifier(%j) = %s', (name, ok) => {
    expect(isIdentifier(name)).toBe(ok);
  });

  it('removes emptied validation and settings objects', () => {
    const f = field({ name: 'a', label: 'A', type: 'number' });
    expect(withValidation(withValidation(f, 'min', 1), 'min', undefined)).not.toHaveProperty('validation');
    expect(withSetting(withSetting(f, 'integer', true), 'integer', undefined)).not.toHaveProperty('settings');
  });

  it('makes problem paths relative', () => {
    const problems = [
      { path: 'options', message: 'a' },
      { path: 'options.1.value', message: 'b' },
      { path: 'optionsx', message: 'c' },
    ];
    expect(problemsUnder(problems, 'options')).toEqual([
      { path: '', message: 'a' },
      { path: '1.value', message: 'b' },
    ]);
  });
});
