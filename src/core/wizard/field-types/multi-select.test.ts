import { describe, expect, it } from 'vitest';
import { multiSelectField } from './multi-select.js';
import { formatFieldValue } from './index.js';
import { accepted, check, makeField, refused } from './testing.js';

const options = [
  { value: 'email', label: 'Email', synonyms: ['e-mail'] },
  { value: 'phone', label: 'Phone call', synonyms: ['call', 'ring'] },
  { value: 'sms', label: 'Text message', synonyms: ['sms', 'text'] },
  { value: 'yes_please', label: 'Yes, please' },
];
const ALLOWED = 'must be chosen from: Email, Phone call, Text message, Yes, please';

describe('multi_select', () => {
  const field = makeField('multi_select', { options });

  it.each([
    [['email'], ['email']],
    [
      ['sms', 'email'],
      ['email', 'sms'],
    ],
    [['email', 'E-MAIL', 'Email'], ['email']],
    ['phone call, text', ['phone', 'sms']],
    ['ring; email', ['email', 'phone']],
    ['Yes, please', ['yes_please']],
    ['email,, sms,', ['email', 'sms']],
    ['sms', ['sms']],
    [
      [{ value: 'phone' }, 'email'],
      ['email', 'phone'],
    ],
  ])('accepts %j', (raw, expected) => {
    expect(check(field, raw)).toEqual(accepted(expected));
  });

  it.each([
    [[], 'is empty'],
    ['', 'is empty'],
    [null, 'is empty'],
    [[''], 'is empty'],
    [' , ', 'is empty'],
    [['email', 'fax'], `${ALLOWED} (not "fax")`],
    ['fax, pigeon', `${ALLOWED} (not "fax", "pigeon")`],
    [[true], `${ALLOWED} (not "true")`],
  ])('refuses %j', (raw, message) => {
    expect(check(field, raw)).toEqual(refused(message));
  });

  it('bounds the number of choices with validation.min and max', () => {
    const f = makeField('multi_select', { options, validation: { min: 2, max: 3 } });
    expect(check(f, ['email'])).toEqual(refused('must have 2 to 3 choices'));
    expect(check(f, ['email', 'sms'])).toEqual(accepted(['email', 'sms']));
    expect(check(f, ['email', 'sms', 'phone', 'yes_please'])).toEqual(refused('must have 2 to 3 choices'));
    const atLeast = makeField('multi_select', {
      options,
      validation: { min: 2, custom_error: 'pick two or more' },
    });
    expect(check(atLeast, 'sms')).toEqual(refused('pick two or more'));
  });

  it('validates stored values against the options', () => {
    expect(multiSelectField.validate(['email', 'gone'], field)).toEqual([`${ALLOWED} (not "gone")`]);
  });

  it('formats labels joined by commas', () => {
    expect(formatFieldValue(field, ['email', 'sms'])).toBe('Email, Text message');
  });
});
