import { describe, expect, it } from 'vitest';
import { quotedText } from './quoted-text.js';
import { field } from './test-helpers.js';

const tagline = field('tagline', 'text', { label: 'Tagline' });
const welcome = field('welcome_message', 'textarea', { label: 'Welcome message' });
const title = field('title', 'text', { label: 'Title' });

describe('quotedText', () => {
  it.each([
    ['make the tagline "Fresh every day", thanks', { tagline: 'Fresh every day' }],
    ['and it should welcome visitors with “Come on in!”', { welcome_message: 'Come on in!' }],
    ['tagline "Fast", welcome message "Hello you"', { tagline: 'Fast', welcome_message: 'Hello you' }],
    ['she said "whatever works" about it', {}],
    ['a "fresh" look for the title', {}],
  ])('%s', (utterance, expected) => {
    const found = quotedText(utterance, [tagline, welcome, title], []);
    expect(Object.fromEntries(found.map((c) => [c.field, c.value]))).toEqual(expected);
  });
});
