import { describe, expect, it } from 'vitest';
import type { Field, WizardDefinition } from '../../../src/core/wizard/definition';
import { defaultField } from './field-defaults';
import { followFieldLabels, followWizardName } from './follow-labels';

describe('followFieldLabels', () => {
  it('renames a new field and its starter options after their labels (no question_1 / option_1)', () => {
    const added = defaultField('single_select', ['email']);
    expect(added.name).toBe('pick_one');
    const relabelled: Field = {
      ...added,
      label: 'Your budget',
      options: [
        { ...added.options![0]!, label: 'Under $10k' },
        { ...added.options![1]!, label: 'Over $10k' },
      ],
    };
    const followed = followFieldLabels(added, relabelled, ['email']);
    expect(followed.name).toBe('your_budget');
    expect(followed.options!.map((o) => o.value)).toEqual(['under_10k', 'over_10k']);
  });

  it('keeps a name or value edited by hand, and stays unique among the other fields', () => {
    const field = defaultField('text', []);
    const named = { ...field, name: 'customer_ref' };
    expect(followFieldLabels(named, { ...named, label: 'Reference' }, []).name).toBe('customer_ref');
    expect(followFieldLabels(field, { ...field, label: 'Email' }, ['email']).name).toBe('email_2');
    const select = defaultField('single_select', []);
    const valued = { ...select, options: [{ value: 'cheap', label: 'Option 1', synonyms: [] }] };
    const next = { ...valued, options: [{ value: 'cheap', label: 'Low', synonyms: [] }] };
    expect(followFieldLabels(valued, next, []).options![0]!.value).toBe('cheap');
  });
});

describe('followWizardName', () => {
  const draft = { name: 'Untitled wizard', slug: 'untitled-wizard-x7k2q' } as WizardDefinition;

  it('gives the slug of the new name while the slug is still the one the name gave', () => {
    expect(followWizardName(draft, { name: 'Contact form' })).toEqual({
      name: 'Contact form',
      slug: 'contact-form',
    });
  });

  it('leaves a slug chosen by hand alone', () => {
    const chosen = { ...draft, slug: 'hello' };
    expect(followWizardName(chosen, { name: 'Contact form' })).toEqual({ name: 'Contact form' });
  });
});
