import { describe, expect, it } from 'vitest';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { field } from '../extract/test-helpers.js';
import { namePartFix } from './name-part.js';

const name = field('full_name', 'text', { label: 'Full name' });
const company = field('company', 'text', { label: 'Company' });
const snapshotOf = (value: string) =>
  ({
    fields: [
      { name: 'full_name', answered: true, value },
      { name: 'company', answered: true, value: 'Baker Bikes' },
    ],
  }) as unknown as RunSnapshot;

describe('namePartFix', () => {
  it.each([
    ['Tom Hardy', 'sorry my last name is Hardie', 'Tom Hardie'],
    ['Tom Hardy', "oh, the surname's actually Hardie", 'Tom Hardie'],
    ['Jo Baker', 'my first name is Joanna, Jo is short', 'Joanna Baker'],
    ['Ana Maria Sousa', 'family name should be Souza', 'Ana Maria Souza'],
    ['Pieter', 'my surname is Van Dyke', 'Pieter Van Dyke'],
    ['Lee Nguyan', 'btw the last name: Nguyen', 'Lee Nguyen'],
  ])('%s + "%s" → %s', (value, utterance, fixed) =>
    expect(namePartFix(utterance, [name, company], snapshotOf(value))?.value).toBe(fixed),
  );

  it.each([
    ['Tom Hardy', 'my surname is Hardy'], // the same again
    ['Tom Hardy', 'her last name is Smith, she is the boss'], // someone else's
    ['Tom Hardy', 'the name of the company is Baker Bikes'], // no name part
    ['Tom Hardy', 'my last name is not important'],
    ['Pieter', 'my first name is Piet'], // one word: not clear which part
  ])('%s + "%s" → nothing', (value, utterance) =>
    expect(namePartFix(utterance, [name, company], snapshotOf(value))).toBeNull(),
  );

  it('needs exactly one answered person-name field', () => {
    const two = [name, field('partner_name', 'text', { label: 'Partner name' })];
    const snapshot = {
      fields: [
        { name: 'full_name', answered: true, value: 'Tom Hardy' },
        { name: 'partner_name', answered: true, value: 'Ann Hardy' },
      ],
    } as unknown as RunSnapshot;
    expect(namePartFix('my surname is Hardie', two, snapshot)).toBeNull();
  });
});

describe('namePartFix with the name asked in parts', () => {
  it('leaves a "Last name" field to be filled on its own', () => {
    const parts = [
      field('first_name', 'text', { label: 'First name' }),
      field('last_name', 'text', { label: 'Last name' }),
    ];
    const snapshot = {
      fields: [
        { name: 'first_name', answered: true, value: 'Tom' },
        { name: 'last_name', answered: false },
      ],
    } as unknown as RunSnapshot;
    expect(namePartFix('my last name is Hardie', parts, snapshot)).toBeNull();
  });
});
