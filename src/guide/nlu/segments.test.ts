import { describe, expect, it } from 'vitest';
import { FieldSchema } from '../../core/wizard/definition.js';
import { namedSegments } from './segments.js';

const fields = [
  FieldSchema.parse({ name: 'name', label: 'Sidekick name', type: 'text' }),
  FieldSchema.parse({ name: 'slug', label: 'Web address', type: 'text' }),
  FieldSchema.parse({ name: 'personality', label: 'Personality', type: 'textarea' }),
  FieldSchema.parse({
    name: 'voice',
    label: 'Voice',
    type: 'single_select',
    options: [{ value: 'uk', label: 'British male' }],
  }),
  FieldSchema.parse({ name: 'budget', label: 'Budget', type: 'text' }),
  FieldSchema.parse({ name: 'phone', label: 'Phone', type: 'phone' }),
];
const read = (utterance: string) => namedSegments(utterance, fields).map((s) => [s.field.name, s.value]);

describe('namedSegments', () => {
  it('cuts an utterance where each named clause begins', () => {
    expect(
      read(
        'Ok so: the name is Echo, personality calm, concise and a little mysterious, voice the british one',
      ),
    ).toEqual([
      ['name', 'Echo'],
      ['personality', 'calm, concise and a little mysterious'],
      ['voice', 'the british one'],
    ]);
  });

  it('reads a named clause after other words, without fillers', () => {
    expect(read('call it Support Buddy, and can the web address be just buddy?')).toEqual([
      ['slug', 'buddy'],
    ]);
  });

  it.each([
    [
      'the name is Pip but we would prefer the web address pip-bot',
      [
        ['name', 'Pip'],
        ['slug', 'pip-bot'],
      ],
    ],
    ['call it Nova. I want the budget to be 20k', [['budget', '20k']]],
    [
      'Voice british male, and please make the phone 415 555 0100',
      [
        ['voice', 'british male'],
        ['phone', '415 555 0100'],
      ],
    ],
  ])('reads a named clause after a wish or "but": %s', (utterance, expected) => {
    expect(read(utterance)).toEqual(expected);
  });

  it('does not take "between" for the connector "be"', () => {
    expect(read('Lumen Health, budget between 10 and 15 thousand')).toEqual([
      ['budget', 'between 10 and 15 thousand'],
    ]);
  });

  it('leaves a lone leading statement to the ordinary field mention', () => {
    expect(read('my phone is 415 555 0100')).toEqual([]);
  });

  it('takes no value from a question about a field', () => {
    expect(read('Yes. Could you tell me the phone number of the therapist?')).toEqual([]);
  });

  describe('a name two fields share goes to the asked one', () => {
    const card = [
      FieldSchema.parse({ name: 'mobile', label: 'Mobile number', type: 'phone' }),
      FieldSchema.parse({ name: 'licence_number', label: 'Licence number', type: 'text' }),
      FieldSchema.parse({ name: 'state', label: 'State', type: 'text' }),
    ];
    const readAsked = (utterance: string, asked: string[]) =>
      namedSegments(utterance, card, asked).map((s) => [s.field.name, s.value]);
    it.each<[string, string[], string[][]]>([
      ['NSW licence, number 30917452', ['licence_number'], [['licence_number', '30917452']]],
      ['Queensland. Number: 88213046', ['licence_number'], [['licence_number', '88213046']]],
      // GUARD: asked nothing or the phone, the first field keeps it; a longer own name is its field's
      ['NSW licence, number 30917452', [], [['mobile', '30917452']]],
      ['NSW licence, number 30917452', ['mobile'], [['mobile', '30917452']]],
      ['NSW, mobile number 0423 118 907', ['licence_number'], [['mobile', '0423 118 907']]],
    ])('%j asked %j', (utterance, asked, expected) => expect(readAsked(utterance, asked)).toEqual(expected));
  });
});

describe('namedSegments: a slip of typing in a field name of two words or more', () => {
  it.each([
    ['Ledger. web adress should be ledger-bot', [['slug', 'ledger-bot']]],
    ['Ledger, the web addres is ledger-bot', [['slug', 'ledger-bot']]],
    ['Ledger, and the web adderss ledger-bot', [['slug', 'ledger-bot']]],
    ['call it Nova, sidekik name Nova', [['name', 'Nova']]],
    // guard rows: one-word names are not forgiven, nor two slips in one word
    ['Ledger. vice the british one', []],
    ['Ledger. budgt 20k', []],
    ['Ledger. web adrss should be ledger-bot', []],
  ])('%s → %j', (utterance, expected) => {
    expect(read(utterance)).toEqual(expected);
  });
});
