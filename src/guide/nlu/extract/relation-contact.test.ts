import { describe, expect, it } from 'vitest';
import { kindNameCandidates } from './kind-name-field.js';
import { relationsPhoneField } from './relation-contact.js';
import { field } from './test-helpers.js';

const form = [
  field('full_name', 'text', { label: 'Full name' }),
  field('mobile', 'phone', { label: 'Mobile number' }),
  field('emergency_contact_name', 'text', { label: 'Emergency contact name' }),
  field('emergency_contact_phone', 'phone', { label: 'Emergency contact phone' }),
];
const phones = form.filter((f) => f.type === 'phone');
const whose = (u: string, number: string) =>
  relationsPhoneField(u, u.indexOf(number), phones, form)?.name ?? null;

describe('relationsPhoneField', () => {
  it.each([
    ['my husband Declan Kelly, 086 765 4321', '086'],
    ['My wife, Ngozi Okafor. Her number is 07911 765432', '07911'],
    ['my flatmate Jess Nguyen 07700 900315', '07700'],
    ['mum, Karen Reid 07700 900872', '07700'],
  ])('%s → the emergency contact phone', (u, n) => expect(whose(u, n)).toBe('emergency_contact_phone'));
  it.each([
    ['07700 900315, my flatmate Jess Nguyen', '07700'],
    ['Chloe Whitmore, 07700 900412', '07700'],
    ['my mobile is 07700 900412', '07700'],
  ])('%s → not theirs', (u, n) => expect(whose(u, n)).toBeNull());
  it('one phone field only: pick as usual', () =>
    expect(relationsPhoneField('my wife Jo 07700 900412', 12, phones.slice(1), form)).toBeUndefined());
});

describe('kindNameCandidates: a person named with their relation fills another person’s name field', () => {
  const pets = [
    field('owner_name', 'text', { label: 'Your full name' }),
    field('pet_name', 'text', { label: "Pet's name" }),
  ];
  it.each([
    ['my dad, Iain MacLeod, 01851 700123', form, ['emergency_contact_name', 'Iain MacLeod']],
    ['mum, Karen Reid 07700 900872', form, ['emergency_contact_name', 'Karen Reid']],
    ['wife Carys 07700 900288', form, ['emergency_contact_name', 'Carys']],
  ])('%s', (u, fields, want) =>
    expect(kindNameCandidates(u, fields).map((c) => [c.field, c.value])).toEqual([want]),
  );
  it('mum, Karen Reid names no pet', () => expect(kindNameCandidates('mum, Karen Reid', pets)).toEqual([]));
});
