import { describe, expect, it } from 'vitest';
import type { WizardDefinition } from '../../../src/core/wizard/definition';
import { sameContent } from './published-diff';

const draft: WizardDefinition = {
  id: 'w',
  name: 'Leads',
  slug: 'leads',
  description: '',
  status: 'draft',
  is_template: false,
  guide: { name: 'Guide', personality: 'friendly' },
  settings: {
    brain: 'embedded',
    default_region: 'US',
    locale: 'en',
    allow_back: true,
    show_progress: true,
    confirm_before_complete: true,
    review_title: 'Review',
  },
  steps: [{ id: 'one', title: 'One', fields: [] }],
};

describe('sameContent', () => {
  it('ignores id, status, key order and undefined members', () => {
    const published = {
      ...draft,
      id: 'other',
      status: 'published' as const,
      steps: [{ fields: [], title: 'One', id: 'one', skip_if: undefined }],
    };
    expect(sameContent(draft, published)).toBe(true);
  });

  it('sees a changed title or setting', () => {
    expect(sameContent(draft, { ...draft, steps: [{ id: 'one', title: 'Uno', fields: [] }] })).toBe(false);
    expect(sameContent(draft, { ...draft, settings: { ...draft.settings, allow_back: false } })).toBe(false);
  });
});
