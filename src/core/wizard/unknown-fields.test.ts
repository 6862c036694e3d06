import { describe, expect, it } from 'vitest';
import { WizardDefinitionBaseSchema } from './definition.js';
import { MAX_QUOTED_NAMES, unknownFieldsMessage } from './unknown-fields.js';

describe('unknownFieldsMessage', () => {
  const definition = WizardDefinitionBaseSchema.parse({
    id: 'lead',
    name: 'Lead',
    slug: 'lead',
    steps: [
      {
        id: 'contact',
        title: 'Contact',
        fields: [
          { name: 'full_name', label: 'Full name', type: 'text' },
          { name: 'email', label: 'Email', type: 'email' },
        ],
      },
      { id: 'project', title: 'Project', fields: [{ name: 'notes', label: 'Notes', type: 'textarea' }] },
    ],
  });

  it('is null when every name is a field', () => {
    expect(unknownFieldsMessage(definition, ['full_name', 'email'])).toBeNull();
  });

  it('names one unknown field and lists the fields', () => {
    expect(unknownFieldsMessage(definition, ['full_name', 'phone'])).toBe(
      'there is no field "phone"; fields are: full_name, email, notes',
    );
  });

  it(`quotes at most ${MAX_QUOTED_NAMES} names and counts the rest`, () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `k${i}`);
    const message = unknownFieldsMessage(definition, names)!;
    expect(message.match(/"k\d+"/g)).toHaveLength(MAX_QUOTED_NAMES);
    expect(message).toContain('and 19980 more');
    expect(message.length).toBeLessThan(500);
  });
});
