import { describe, expect, it } from 'vitest';
import { field } from '../extract/test-helpers.js';
import { isCueOfAnother } from './field-cue.js';

const fields = [
  field('phone', 'phone', { label: 'Mobile number' }),
  field('email', 'email', { label: 'Email' }),
  field('topics', 'multi_select', {
    label: 'Topics',
    opts: [
      ['mobile', 'Mobile'],
      ['email', 'Email marketing'],
    ],
  }),
];
const opt = (span: string) => ({
  field: 'topics',
  value: ['mobile'],
  confidence: 0.9,
  extractor: 'verbatim-option',
  span,
});
const val = (f: string, span: string) => ({ field: f, value: span, confidence: 0.95, extractor: 'x', span });

describe('isCueOfAnother', () => {
  it.each([
    ['My mobile is 0412 687 203.', opt('mobile'), [val('phone', '0412 687 203')], true],
    ['mobile: 0412 687 203', opt('mobile'), [val('phone', '0412 687 203')], true],
    // the word chooses: no value of the field it names follows
    ['I talk about mobile apps', opt('mobile'), [], false],
    ['Mobile, and my number is 0412 687 203', opt('Mobile'), [val('phone', '0412 687 203')], false],
    // not read from option words
    [
      'My mobile is 0412 687 203.',
      { ...opt('mobile'), extractor: 'number' },
      [val('phone', '0412 687 203')],
      false,
    ],
  ] as const)('%j → %s', (text, c, others, want) => {
    expect(isCueOfAnother(c, [c, ...others], text, fields)).toBe(want);
  });
});
