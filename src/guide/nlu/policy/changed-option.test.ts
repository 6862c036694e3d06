import { describe, expect, it } from 'vitest';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { field } from '../extract/test-helpers.js';
import { withChangedOptions } from './changed-option.js';

const size = field('size', 'single_select', {
  opts: [
    ['small', 'Small'],
    ['medium', 'Medium'],
    ['large', 'Large'],
  ],
});
const snap = (value: unknown, answered = true) =>
  ({ fields: [{ name: 'size', answered, value }] }) as unknown as RunSnapshot;
const changed = (utterance: string, value: unknown, answered = true) =>
  withChangedOptions([], utterance, [size], snap(value, answered))[0]?.value;

describe('a change said with the old option and the new', () => {
  it.each([
    ['could you switch it to large? medium is too snug', 'medium', 'large'],
    ['small was a mistake, go for medium', 'small', 'medium'],
    ['Medium please. Large would swamp me.', 'large', 'medium'],
  ])('%s (was %s) → %s', (utterance, was, want) => expect(changed(utterance, was)).toBe(want));

  it.each([
    // neither said option is the current answer: unclear, left alone
    ['small or large, not sure', 'medium', true],
    // nothing answered yet
    ['medium, maybe large', 'medium', false],
    // one option only: the extractors read it
    ['large please', 'medium', true],
  ])('%s (was %s) → nothing', (utterance, was, answered) =>
    expect(changed(utterance, was, answered)).toBeUndefined(),
  );

  it('leaves a field the extractors already read', () => {
    const found = [{ field: 'size', value: 'small', confidence: 0.9, extractor: 'verbatim-option' }];
    expect(withChangedOptions(found, 'small not medium', [size], snap('medium'))).toEqual(found);
  });
});
