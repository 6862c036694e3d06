import type { WizardDefinitionInput } from '../../../src/core/wizard/definition';

/**
 * A demo wizard with one field of every type, shown at /preview/field-types: a living catalogue of the
 * player's controls for design review and the e2e screenshots. Not a built-in wizard (never seeded).
 */
export const FIELD_TYPES_DEMO: { version: 1; wizard: WizardDefinitionInput } = {
  version: 1,
  wizard: {
    id: 'demo-field-types',
    name: 'Every field type',
    slug: 'field-types',
    description: 'One field of each type the engine knows, to see how the player renders them.',
    guide: {
      name: 'Ada Guide',
      personality: 'helpful',
      greeting: 'Hi! Every control the player has is on this page.',
    },
    settings: { review_instruction: 'This is what a respondent checks before sending.' },
    steps: [
      {
        id: 'text_fields',
        title: 'Text and numbers',
        instruction: 'Typed answers, validated as you type.',
        fields: [
          {
            name: 'full_name',
            label: 'Full name',
            type: 'text',
            required: true,
            validation: { min_length: 2 },
          },
          { name: 'bio', label: 'About you', type: 'textarea', description: 'A sentence or two.' },
          { name: 'email', label: 'Email', type: 'email' },
          { name: 'phone', label: 'Phone', type: 'phone' },
          { name: 'website', label: 'Website', type: 'url' },
          { name: 'team_size', label: 'Team size', type: 'number', validation: { min: 1, max: 10000 } },
        ],
      },
      {
        id: 'time_fields',
        title: 'Dates and times',
        fields: [
          { name: 'start_date', label: 'Start date', type: 'date' },
          { name: 'call_time', label: 'Best time to call', type: 'time' },
          { name: 'meeting', label: 'Meeting', type: 'datetime' },
        ],
      },
      {
        id: 'choices',
        title: 'Choices',
        fields: [
          {
            name: 'plan',
            label: 'Plan',
            type: 'single_select',
            options: [
              { value: 'starter', label: 'Starter' },
              { value: 'team', label: 'Team' },
              { value: 'enterprise', label: 'Enterprise' },
            ],
          },
          {
            name: 'country',
            label: 'Country',
            type: 'single_select',
            options: ['France', 'Germany', 'Japan', 'Kenya', 'Mexico', 'Norway', 'United States'].map(
              (c) => ({
                value: c.toLowerCase().replace(/ /g, '-'),
                label: c,
              }),
            ),
          },
          {
            name: 'channels',
            label: 'Channels',
            type: 'multi_select',
            options: [
              { value: 'web', label: 'Website' },
              { value: 'email', label: 'Email' },
              { value: 'phone', label: 'Phone' },
              { value: 'chat', label: 'Chat' },
            ],
          },
          {
            name: 'newsletter',
            label: 'Send me the newsletter',
            type: 'boolean',
            description: 'Once a month.',
          },
          {
            name: 'newsletter_topics',
            label: 'Newsletter topics',
            type: 'textarea',
            conditions: { show_if: { '==': [{ var: 'newsletter' }, true] } },
          },
        ],
      },
      {
        id: 'rich',
        title: 'Ratings, colours and files',
        fields: [
          { name: 'satisfaction', label: 'How satisfied are you?', type: 'rating' },
          {
            name: 'budget',
            label: 'Monthly budget ($)',
            type: 'slider',
            validation: { min: 0, max: 5000 },
            settings: { step: 100 },
          },
          { name: 'brand_colour', label: 'Brand colour', type: 'color' },
          { name: 'logo', label: 'Logo', type: 'file_upload', settings: { accept: 'image/*' } },
          { name: 'notes', label: 'Notes', type: 'rich_text' },
          { name: 'spoken_answer', label: 'Spoken answer', type: 'voice_only' },
        ],
      },
    ],
  },
};
