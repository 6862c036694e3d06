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

describe('options named plainly beside named clauses', () => {
  const all = [
    field('sidekick_name', 'text', { label: 'Sidekick name' }),
    field('personality', 'textarea', { label: 'Personality' }),
    field('voice', 'single_select', {
      label: 'Voice',
      opts: [
        ['calm', 'Warm and calm female'],
        ['young', 'Energetic young male'],
      ],
    }),
    field('extras', 'multi_select', {
      label: 'Optional extras',
      opts: [
        ['damage', 'Accidental damage cover', 'accidental damage'],
        ['emergency', 'Home emergency cover', 'home emergency'],
        ['bike', 'Bicycle cover', 'bike'],
      ],
    }),
  ];
  const named = (field: string, span: string) => ({
    field,
    value: span,
    confidence: 0.8,
    extractor: 'x',
    span,
  });
  const run = (text: string, given: ReturnType<typeof named>[]) =>
    typedExtras(defaultNlu, text, all, ctx, given).map((c) => [c.field, c.value]);

  it.each([
    [
      'name Nova, energetic young male voice, personality: sarcastic but helpful',
      [named('sidekick_name', 'Nova'), named('personality', 'sarcastic but helpful')],
      [['voice', 'young']],
    ],
    [
      'name Nova, personality calm. I would like accidental damage and home emergency',
      [named('sidekick_name', 'Nova'), named('personality', 'calm')],
      [['extras', ['damage', 'emergency']]],
    ],
  ])('%j', (text, given, want) => expect(run(text, given)).toEqual(want));

  it.each([
    // option words inside the personality the clause gave are its own
    [
      'name Nova, personality warm and calm female energy',
      [named('personality', 'warm and calm female energy')],
    ],
    // one word of an option is no plain choice
    ['name Nova, personality cheerful, rides a bike', [named('personality', 'cheerful, rides a bike')]],
    ['name Nova, personality cheerful. He has a bike', [named('personality', 'cheerful')]],
  ])('takes no option from %j', (text, given) =>
    expect(run(text, given).filter(([f]) => f === 'voice' || f === 'extras')).toEqual([]),
  );
});
