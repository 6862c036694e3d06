import { describe, expect, it } from 'vitest';
import { formatExpectation, parseExpectation } from './expectation-text';

const definition = {
  steps: [
    {
      id: 's',
      title: 'S',
      fields: [
        { name: 'name', label: 'Name', type: 'text' as const, required: true, extraction_hints: [] },
        {
          name: 'rooms',
          label: 'Rooms',
          type: 'multi_select' as const,
          required: true,
          extraction_hints: [],
        },
        { name: 'phone', label: 'Phone', type: 'phone' as const, required: false, extraction_hints: [] },
      ],
    },
  ],
};

describe('expectation lines', () => {
  it('reads exact values, lists, substrings and empty fields', () => {
    const parsed = parseExpectation(
      'name = Ada\nrooms = hall, garden\nphone ~ 5550\n\n',
      definition,
      'completed',
    );
    expect(parsed).toEqual({
      ok: true,
      expected: {
        status: 'completed',
        values: { name: 'Ada', rooms: ['hall', 'garden'] },
        contains: { phone: '5550' },
      },
    });
    expect(parseExpectation('phone =', definition, 'active')).toEqual({
      ok: true,
      expected: { status: 'active', absent: ['phone'] },
    });
  });

  it('names the line of a problem', () => {
    expect(parseExpectation('name: Ada\nemail = a@b.c', definition, 'completed')).toEqual({
      ok: false,
      problems: [
        'line 1: write "field = value" or "field ~ part"',
        'line 2: the wizard has no field "email"',
      ],
    });
  });

  it('formats what it reads', () => {
    const text = 'name = Ada\nrooms = hall, garden\nphone ~ 5550';
    const parsed = parseExpectation(text, definition, 'completed');
    expect(parsed.ok && formatExpectation(parsed.expected)).toBe(text);
  });
});
