import { describe, expect, it } from 'vitest';
import { defaultNlu } from '../nlu.js';
import { field } from '../extract/test-helpers.js';
import { acceptsResult, presentedValues } from './offers.js';

describe('acceptsResult', () => {
  it.each([
    ['Sounds good, book it.', null, true],
    ['That works, can you please reserve an appointment with them?', null, true],
    ['Yes that apartment sounds good', true, true],
    ['Thanks, that is all I needed.', null, true],
    ['Can you schedule me a visit to this apartment, it sounds good for me?', null, true],
    ['Is there anything else available?', null, false],
    ['What about other options?', null, false],
    ['No. Okay, can you look up flights from Los Angeles?', false, false],
    ['Please find out whether they have outdoor seating.', null, false],
    ['Is it furnished?', null, false],
  ] as const)('%j (yes/no %s) → %s', (utterance, yesNo, expected) => {
    expect(acceptsResult(utterance, yesNo)).toBe(expected);
  });
});

describe('presentedValues', () => {
  const fields = [
    field('car_name', 'text', { description: 'Model name of rental car' }),
    field('type', 'single_select', {
      opts: [
        ['Compact', 'Compact'],
        ['Standard', 'Standard'],
      ],
    }),
  ];
  const ctx = { referenceDate: new Date(2019, 2, 1, 12), defaultRegion: 'US' };
  it('takes the entity and the options said verbatim', () => {
    const got = presentedValues(
      defaultNlu,
      'There is a Standard car, a Camry, at the airport.',
      fields,
      ctx,
      [],
    );
    expect(got.map((c) => [c.field, c.value])).toEqual([
      ['car_name', 'Camry'],
      ['type', 'Standard'],
    ]);
  });
  it('is empty for a line that presents nothing', () => {
    expect(presentedValues(defaultNlu, 'Where would you like to go?', fields, ctx, [])).toEqual([]);
  });
});
