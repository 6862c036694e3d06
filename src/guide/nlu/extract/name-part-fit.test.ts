import { describe, expect, it } from 'vitest';
import { extractShortText } from './names.js';
import { fitsNamePart } from './name-part-fit.js';
import { field } from './test-helpers.js';

const last = field('child_last_name', 'text', { label: "Camper's last name" });
const first = field('first_name', 'text', { label: 'First name' });
const full = field('full_name', 'text', { label: 'Full name' });

describe('fitsNamePart', () => {
  it.each<[string, typeof last, string]>([
    ['Whitfield', last, 'Whitfield'],
    ['Moreno Diaz', last, "it's Moreno Diaz"],
    ["O'Brien", last, "O'Brien"],
    ['McDonald', last, 'McDonald'],
    ['MacLeod', last, 'MacLeod'],
    ['DeVito', last, 'DeVito'],
    ['whitfield', last, 'whitfield'],
    ['Mary Ann', first, 'Mary Ann'],
  ])('%s fits %s', (value, f, u) => expect(fitsNamePart(value, f, u)).toBe(true));

  it.each<[string, typeof last, string]>([
    ['EpiPen', last, 'she carries an EpiPen in her backpack'],
    ['ADHD', last, 'She has ADHD'],
    ['lactose intolerant', last, 'yes, lactose intolerant'],
    ['eczema', first, 'no, just eczema'],
    ['Linda Barrett', last, 'my mom can pick him up too, Linda Barrett'],
    ['Sofia Reyes', last, 'her nanny Sofia Reyes picks her up'],
    ['Venkat Raman', last, 'Her grandfather, Venkat Raman, may also collect her'],
  ])('%s does not fit %s', (value, f, u) => expect(fitsNamePart(value, f, u)).toBe(false));

  it('any other field takes what it takes', () => {
    expect(fitsNamePart('Linda Barrett', full, 'Linda Barrett')).toBe(true);
    expect(fitsNamePart('ADHD', field('notes', 'text'), 'ADHD')).toBe(true);
  });
});

describe('extractShortText: a last-name field reads no non-name', () => {
  it.each([
    'Yes, she is allergic to tree nuts and sesame, she carries an EpiPen in her backpack',
    'yes, lactose intolerant',
    'my mom can pick him up too, Linda Barrett',
    'She has ADHD and takes medication at lunch',
  ])('%s → nothing', (u) => expect(extractShortText(u, last)).toBeNull());
  it.each([
    ['Whitfield', 'Whitfield'],
    ["it's Moreno Diaz", 'Moreno Diaz'],
  ])('%s → %s', (u, v) => expect(extractShortText(u, last)?.value).toBe(v));
});
