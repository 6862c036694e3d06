import { describe, expect, it } from 'vitest';
import { sameContent } from './published-diff';
import { draftWizard } from './test-fixtures';

const draft = draftWizard([{ id: 'one', title: 'One', fields: [] }]);

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
