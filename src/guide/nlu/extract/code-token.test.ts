import { describe, expect, it } from 'vitest';
import { field } from './test-helpers.js';
import { codeToken, holdsCode, namesCodeNotPhone } from './code-token.js';
import { defaultNlu } from '../nlu.js';
import { ctx } from './test-helpers.js';

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

describe('namesCodeNotPhone', () => {
  const account = field('current_account_number', 'text', { label: 'Current provider account number' });
  const phone = field('phone', 'phone', { label: 'Phone number' });
  const policy = field('policy', 'text', { label: 'Policy number' });
  it.each<[string, ReturnType<typeof field>[], boolean]>([
    ['the account number on my bill is 4402778193', [phone, account], true],
    ['policy no. 123456789', [phone, policy], true],
    // guards: the phone is named too, no code noun said, or no code field has the noun said
    ['my account number is 4402778193, call me on 07700 900123', [phone, account], false],
    ['my number is 07700 900123', [phone, account], false],
    ['the account number on my bill is 4402778193', [phone, policy], false],
  ])('%j → %s', (utterance, fields, names) => expect(namesCodeNotPhone(utterance, fields)).toBe(names));
});

describe('a code field reads the one code said', () => {
  const account = field('account_number', 'text', { label: 'Account number' });
  const notes = field('notes', 'text', { label: 'Notes' });
  const unit = field('flat_unit', 'text', { label: 'Flat or unit number' });
  it.each<[ReturnType<typeof field>, string, string | undefined]>([
    [account, 'the account number on my bill is 4402778193', '4402778193'],
    [account, 'GP28471190', 'GP28471190'],
    // guard: a field holding no code keeps the words
    [notes, 'the gate code is 48213', 'the gate code is 48213'],
    // a kind of thing said with "a" is no number; a unit named is (guard)
    [unit, "it's a house", undefined],
    [unit, 'we live in a detached house', undefined],
    [unit, 'Flat A', 'Flat A'],
  ])('%s: %j → %j', (f, utterance, value) =>
    expect(defaultNlu.extractForField(utterance, f, ctx)?.value).toBe(value),
  );
});
