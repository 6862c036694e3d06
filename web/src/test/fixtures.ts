import { parseWizardDefinition } from '../../../src/core/wizard/validate-definition';
import type {
  Field,
  FieldInput as FieldDefinitionInput,
  WizardDefinition,
} from '../../../src/core/wizard/definition';
import { FieldSchema } from '../../../src/core/wizard/definition';
import type { FieldView } from '../../../src/core/wizard/snapshot';

/** A field definition with defaults applied. */
export function field(input: FieldDefinitionInput): Field {
  return FieldSchema.parse(input);
}

/** The snapshot view of a field, visible and enabled, optionally answered. */
export function viewOf(f: Field, extra: Partial<FieldView> = {}): FieldView {
  return {
    name: f.name,
    label: f.label,
    type: f.type,
    step_id: 'step',
    extraction_hints: f.extraction_hints,
    options: f.options,
    visible: true,
    enabled: true,
    required: f.required,
    answered: extra.value !== undefined,
    ...extra,
  };
}

/** Normalisation context for tests: US numbers, 1 March 2026. */
export const ctx = { defaultRegion: 'US', referenceDate: new Date('2026-03-01T12:00:00') };

/** Parses a definition and throws with the problems if it is invalid. */
export function definition(input: unknown): WizardDefinition {
  const result = parseWizardDefinition(input);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return result.definition;
}

/** Two steps; the second shows `company_size` only when `has_company` is yes. */
export const conditionalWizard = () =>
  definition({
    id: 'w1',
    name: 'Conditional',
    slug: 'conditional',
    steps: [
      {
        id: 'about',
        title: 'About you',
        fields: [
          { name: 'name', label: 'Name', type: 'text', required: true },
          { name: 'has_company', label: 'Do you run a company?', type: 'boolean' },
          {
            name: 'company_size',
            label: 'Company size',
            type: 'number',
            required: true,
            conditions: { show_if: { '==': [{ var: 'has_company' }, true] } },
          },
        ],
      },
      { id: 'more', title: 'More', fields: [{ name: 'notes', label: 'Notes', type: 'textarea' }] },
    ],
  });
