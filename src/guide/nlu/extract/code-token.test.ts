import { describe, expect, it } from 'vitest';
import { field } from './test-helpers.js';
import { codeToken, holdsCode } from './code-token.js';

describe('codeToken', () => {
  it.each<[string, string | null]>([
    ['the number on it is DU4417823', 'DU4417823'],
    ['actually, it is 1234567A', '1234567A'],
    ['policy number POL-88123-X please', 'POL-88123-X'],
    ['my member ID is 00482913', '00482913'],
    // no code
    ['yes I have one', null],
    ['it expires 12/05/2027', null],
    ['call me at 3pm', null],
    ['email me at jo99@mail.com', null],
    ['two of them: AB12345 and CD67890', null],
  ])('%j → %j', (utterance, code) => expect(codeToken(utterance)).toBe(code));
});

describe('holdsCode', () => {
  it.each<[ReturnType<typeof field>, boolean]>([
    [field('medical_card_number', 'text', { label: 'Medical card number' }), true],
    [field('policy', 'text', { label: 'Policy number' }), true],
    [field('member_id', 'text', { label: 'Membership ID' }), true],
    [field('pet_details', 'text', { label: 'About your pets' }), false],
    [field('allergies', 'textarea', { label: 'Which allergies?' }), false],
  ])('%s → %s', (f, holds) => expect(holdsCode(f)).toBe(holds));
});
