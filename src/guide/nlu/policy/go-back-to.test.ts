import { describe, expect, it } from 'vitest';
import { field, ctx } from '../extract/test-helpers.js';
import { defaultNlu } from '../nlu.js';
import { goBackTo, goBackValue } from './go-back-to.js';

const fields = [
  field('bedrooms', 'number', { label: 'Number of bedrooms' }),
  field('preferred_date', 'date', { label: 'Preferred date' }),
  field('email', 'email', { label: 'Email' }),
  field('guests', 'number', { label: 'Guests' }),
];

describe('goBackTo and goBackValue', () => {
  it.each([
    ['wait can i go back to the bedrooms? its 2 not 1, we use the den as a bedroom', 'bedrooms', 2],
    ['can we go back to the date, make it March 9th', 'preferred_date', '2019-03-09'],
    ["go back to my email - it's ann@example.com", 'email', 'ann@example.com'],
    ['back to the guests: 12, not 10', 'guests', 12],
    ['back to the guests, 14 rather than 10', 'guests', 14],
  ])('%s → %s = %j', (u, name, value) => {
    const back = goBackTo(u, fields);
    expect(back?.field.name).toBe(name);
    expect(goBackValue(back!, defaultNlu, ctx)?.value).toEqual(value);
  });
  it('a go-back clause with nothing after names the field only', () => {
    const back = goBackTo('can I go back to the bedrooms?', fields);
    expect(back?.field.name).toBe('bedrooms');
    expect(goBackValue(back!, defaultNlu, ctx)).toBeNull();
  });
  it.each(['I want to go back to work soon', 'we came back to town on Friday', 'go back'])(
    '"%s" names no field',
    (u) => expect(goBackTo(u, fields)).toBeNull(),
  );
});

describe('goBackTo: leave asked to change a field, then its new value', () => {
  const more = [...fields, field('personality', 'textarea', { label: 'Personality' })];
  it.each([
    [
      'before that, can I change the personality? make it a hard-boiled noir detective',
      'personality',
      'a hard-boiled noir detective',
    ],
    ['could we change the guests? it should be 14', 'guests', 14],
    ['can I fix my email? it should be ann@example.com', 'email', 'ann@example.com'],
  ])('%s → %s = %j', (u, name, value) => {
    const back = goBackTo(u, more);
    expect(back?.field.name).toBe(name);
    expect(goBackValue(back!, defaultNlu, ctx)?.value).toEqual(value);
  });
  it.each([
    'can I change the personality later?', // no new value after the question, and no field named alone
    'can you change the oil? make it synthetic', // no field named
    'change the guests to 14', // a statement: the ordinary field mention
    'one thing - can you change the guests to 14?', // the value inside the question: the field mention
  ])('guard — "%s" gives no value', (u) => {
    const back = goBackTo(u, more);
    expect(back ? goBackValue(back, defaultNlu, ctx) : null).toBeNull();
  });
});
