import { describe, expect, it } from 'vitest';
import { field } from './test-helpers.js';
import { isWorkRightField, workStatusYesNo } from './work-status.js';

const us = field('work_authorized', 'boolean', {
  label: 'Authorized to work in the US',
  description: 'Whether the applicant is legally authorized to work in the United States',
});
const au = field('work_rights', 'boolean', { label: 'Full right to work in Australia' });
const card = field('food_handler_card', 'boolean', { label: 'Food handler card' });
const pets = field('has_pets', 'boolean', { label: 'Pets' });

describe('workStatusYesNo: the right to work said by a status', () => {
  it.each<[string, boolean | null]>([
    ["yes, I'm a US citizen", true],
    ['I have a green card', true],
    ['yes I have green card', true],
    ["I'm a permanent resident", true],
    ['im an american citizen', true],
    ["I've got a work permit", true],
    ["I'd need visa sponsorship", false],
    ["I'm not a citizen", false],
    // guards: nothing about the person's status, or someone else's
    ['yes', null],
    ['my wife is a citizen', null],
    ['I have a food handler card', null],
    ['I can start next week', null],
  ])('%s → %s', (u, expected) => {
    expect(workStatusYesNo(u, us)).toBe(expected);
    expect(workStatusYesNo(u, au)).toBe(expected);
  });

  it('reads only a field about the right to work', () => {
    expect(isWorkRightField(us)).toBe(true);
    expect(isWorkRightField(au)).toBe(true);
    expect(isWorkRightField(card)).toBe(false);
    expect(workStatusYesNo('I have a green card', card)).toBe(null);
    expect(workStatusYesNo("I'm a US citizen", pets)).toBe(null);
  });
});
