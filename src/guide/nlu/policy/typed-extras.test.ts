import { describe, expect, it } from 'vitest';
import { defaultNlu } from '../nlu.js';
import { ctx, field } from '../extract/test-helpers.js';
import { typedExtras } from './typed-extras.js';

const fields = [
  field('owner_name', 'text', { label: 'Owner name' }),
  field('pet_birthday', 'date', { label: 'Pet birthday' }),
  field('phone', 'phone'),
  field('email', 'email'),
  field('breed', 'single_select', { opts: [['poodle', 'Poodle']] }),
];
const name = {
  field: 'owner_name',
  value: 'Derek Olsen',
  confidence: 0.85,
  extractor: 'name',
  span: 'Derek Olsen',
};
const phone = {
  field: 'phone',
  value: '+15035550166',
  confidence: 0.9,
  extractor: 'phone',
  span: '503 555 0166',
};

describe('typed values beside named clauses', () => {
  it('adds the email and date the named clauses left out', () =>
    expect(
      typedExtras(
        defaultNlu,
        "name's Derek Olsen, dob 11/30/1979, cell 503 555 0166, derek@proton.me, a poodle",
        fields,
        ctx,
        [name, phone],
      )
        .map((c) => [c.field, c.value])
        .sort(),
    ).toEqual([
      ['email', 'derek@proton.me'],
      ['pet_birthday', '1979-11-30'],
    ]));
  it('takes nothing the named values used', () =>
    expect(
      typedExtras(defaultNlu, 'the phone is 503 555 0166', fields, ctx, [phone]).map((c) => c.field),
    ).toEqual([]));
  it.each([
    ['pet birthday is 3 May 2020, and I am Kai Moana', 'Kai Moana'],
    ["breed: poodle. oh and I'm Noor Haddad, noor@example.org", 'Noor Haddad'],
  ])('adds the person introducing themselves inside a named clause: %s', (utterance, value) =>
    expect(
      typedExtras(defaultNlu, utterance, fields, ctx, []).find((c) => c.field === 'owner_name')?.value,
    ).toBe(value),
  );
});
