import { describe, expect, it } from 'vitest';
import { FIELD_TYPES, type FieldType } from '../definition.js';
import { FIELD_TYPE_MODULES, formatFieldValue, getFieldType, normaliseFieldValue } from './index.js';
import { makeField, testContext } from './testing.js';

/** Types that hold a value (an apply_button is pressed, never filled). */
type ValuedType = Exclude<FieldType, 'apply_button'>;
const VALUED = FIELD_TYPES.filter((t): t is ValuedType => t !== 'apply_button');

/** One valid raw input per type, and its canonical value. */
const SAMPLES: Record<ValuedType, [unknown, unknown]> = {
  text: [' Ann ', 'Ann'],
  textarea: ['a\r\nb', 'a\nb'],
  email: ['Ann@Example.com', 'Ann@example.com'],
  phone: ['(202) 555-0143', '+12025550143'],
  url: ['example.com', 'https://example.com/'],
  number: ['30,000', 30000],
  date: ['tomorrow', '2026-03-11'],
  time: ['7pm', '19:00'],
  datetime: ['tomorrow at 7pm', '2026-03-11T19:00'],
  single_select: ['A', 'a'],
  multi_select: ['b, a', ['a', 'b']],
  boolean: ['yes', true],
  rating: ['4', 4],
  slider: ['50', 50],
  color: ['red', '#ff0000'],
  file_upload: [
    { name: 'a.pdf', size: 1, content_type: 'application/pdf' },
    [{ name: 'a.pdf', size: 1, content_type: 'application/pdf' }],
  ],
  rich_text: ['<p onclick="x">Hi</p>', '<p>Hi</p>'],
  voice_only: ['  so   yes ', 'so yes'],
  dynamic_table: [
    ['b', 'A'],
    ['a', 'b'],
  ],
};
const options = [
  { value: 'a', label: 'A' },
  { value: 'b', label: 'B' },
];

describe('field type registry', () => {
  it('has one module per field type, each under its own name', () => {
    expect(Object.keys(FIELD_TYPE_MODULES).sort()).toEqual([...FIELD_TYPES].sort());
    for (const type of FIELD_TYPES) expect(getFieldType(type).type).toBe(type);
  });

  it('throws for an unknown type', () => {
    expect(() => getFieldType('nope' as FieldType)).toThrow('unknown field type "nope"');
  });

  it.each(VALUED)('%s: normalises a sample to a value its schema accepts, and formats it', (type) => {
    const field = makeField(type, { options });
    const [raw, expected] = SAMPLES[type];
    const result = normaliseFieldValue(field, raw, testContext);
    expect(result).toEqual({ ok: true, value: expected });
    expect(getFieldType(type).valueSchema.safeParse(expected).success).toBe(true);
    expect(formatFieldValue(field, expected)).not.toBe('');
  });

  it.each(VALUED)('%s: refuses an empty value with "is empty"', (type) => {
    expect(normaliseFieldValue(makeField(type, { options }), null, testContext)).toEqual({
      ok: false,
      message: 'is empty',
    });
  });

  it.each(VALUED)('%s: normalising a canonical value again gives the same value', (type) => {
    const field = makeField(type, { options });
    const [, canonical] = SAMPLES[type];
    expect(normaliseFieldValue(field, canonical, testContext)).toEqual({ ok: true, value: canonical });
  });

  it('apply_button: refuses any value and says to press it', () => {
    const result = normaliseFieldValue(makeField('apply_button'), true, testContext);
    expect(result).toEqual({
      ok: false,
      message: 'is a button: press it (or ask the guide to apply) instead of giving it a value',
    });
  });

  it('joins several problems with "; "', () => {
    const field = makeField('text', { validation: { min_length: 5, pattern: '\\d+' } });
    expect(normaliseFieldValue(field, 'ab', testContext)).toEqual({
      ok: false,
      message: 'must be at least 5 characters; is not in the expected format',
    });
  });

  it('never throws for an unknown field type', () => {
    const field = { ...makeField('text'), type: 'hologram' as FieldType };
    expect(normaliseFieldValue(field, 'x', testContext)).toEqual({
      ok: false,
      message: 'has an unknown type "hologram"',
    });
  });
});

describe('formatFieldValue', () => {
  it.each<[FieldType, unknown, string]>([
    ['text', undefined, ''],
    ['text', null, ''],
    ['date', '2026-03-14', '14 March 2026'],
    ['date', 'not a date', 'not a date'],
    ['boolean', 'yes', 'yes'],
    ['number', [1, 2], '1, 2'],
    ['multi_select', [{ a: 1 }], '{"a":1}'],
    ['color', { r: 1 }, '{"r":1}'],
  ])('%s %j → %j', (type, value, expected) => {
    expect(formatFieldValue(makeField(type, { options }), value)).toBe(expected);
  });
});
