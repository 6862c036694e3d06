import { describe, expect, it } from 'vitest';
import { metadataEntries } from './metadata';
import { provenanceText } from './provenance';

describe('provenanceText', () => {
  it('quotes the words the guide filled a value from, with its confidence below 1', () => {
    expect(provenanceText({ source: 'guide', utterance: 'ada@example.com' })).toBe(
      'Filled by the guide from: “ada@example.com”',
    );
    expect(provenanceText({ source: 'guide', utterance: 'about 30k', confidence: 0.8 })).toBe(
      'Filled by the guide from: “about 30k” (80% confident)',
    );
    expect(provenanceText({ source: 'guide' })).toBe('Filled by the guide');
  });

  it('names the other sources, and nothing for an unknown one', () => {
    expect(provenanceText({ source: 'form', confidence: 1 })).toBe('Typed in the form');
    expect(provenanceText({ source: 'default' })).toBe('Default value');
    expect(provenanceText({ source: 'derived' })).toBe('Derived from other answers');
    expect(provenanceText({ source: 'action' })).toBe('Set by an action');
    expect(provenanceText({ source: 'import' })).toBe('Imported');
    expect(provenanceText(undefined)).toBe('');
  });
});

describe('metadataEntries', () => {
  it('labels UTM and referrer, hides the web app’s own keys and empty values, shows objects as JSON', () => {
    expect(
      metadataEntries({
        wizard_slug: 'lead-capture',
        utm_source: 'newsletter',
        referrer: 'https://example.com/',
        ad_group: { id: 7 },
        empty: '',
      }),
    ).toEqual([
      ['UTM source', 'newsletter'],
      ['Referrer', 'https://example.com/'],
      ['ad group', '{"id":7}'],
    ]);
  });
});
