import { describe, expect, it } from 'vitest';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { field } from '../extract/test-helpers.js';
import { prefersOther } from './preferred-other.js';

const email = field('email', 'email', { label: 'Email', required: true });
const phone = field('phone', 'phone', { label: 'Phone', required: false });
const website = field('website', 'url', { label: 'Website', required: false });
const fields = [email, phone, website];
const snapshot = {
  fields: [
    { name: 'email', required: true, answered: true, value: 'a@b.com' },
    { name: 'phone', required: false, answered: false },
    { name: 'website', required: false, answered: false },
  ],
} as unknown as RunSnapshot;

describe('prefersOther', () => {
  it.each([
    ["I'd rather just do email then", true],
    ['just email is fine', true],
    ['email only please', true],
    ["hmm, I'd prefer to stick with email", true],
    ['we would rather use the email', true],
    // guards: the asked field itself, a field not answered, a value, more words after
    ["I'd rather use my work phone", false],
    ["I'd rather just do the website", false],
    ['just email me the quote and call me on 555 0100', false],
    ['email is marcus@x.com', false],
    ["I'd rather just do email, but call if it's urgent", false],
  ])('%s → %s', (utterance, want) => expect(prefersOther(utterance, phone, fields, snapshot)).toBe(want));
});
