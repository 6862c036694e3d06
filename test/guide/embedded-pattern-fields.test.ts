import { describe, expect, it } from 'vitest';
import type { WizardDefinitionInput } from '../../src/core/wizard/definition.js';
import { startSession } from './embedded-helpers.js';

/** Text fields with a `validation.pattern` are read from any part of an answer whose words match it. */

const CONTACT = {
  id: 'contact',
  title: 'About you',
  fields: [
    { name: 'full_name', label: 'Full name', type: 'text' as const, required: true },
    { name: 'email', label: 'Email', type: 'email' as const, required: true },
  ],
};

/** A UK home quote: the first line of the address and a postcode asked together, then the property. */
const ukHome: WizardDefinitionInput = {
  id: 'uk-home',
  name: 'Home quote',
  slug: 'uk-home',
  guide: { name: 'Ada', personality: 'warm' },
  settings: { default_region: 'GB' },
  steps: [
    CONTACT,
    {
      id: 'address',
      title: 'Address',
      voice_prompt: "What's the first line of the address, and the postcode?",
      fields: [
        {
          name: 'address_line1',
          label: 'First line of address',
          type: 'text',
          required: true,
          description: 'House number or name and street',
        },
        {
          name: 'postcode',
          label: 'Postcode',
          type: 'text',
          required: true,
          extraction_hints: ['a UK postcode such as LS6 2AB or SW1A 1AA'],
          validation: {
            pattern: '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$',
            custom_error: "doesn't look like a UK postcode",
          },
        },
      ],
    },
    {
      id: 'property',
      title: 'Property',
      fields: [
        { name: 'bedrooms', label: 'Number of bedrooms', type: 'number', required: true },
        {
          name: 'contents_value',
          label: 'Contents value',
          type: 'single_select',
          required: true,
          options: [
            { value: 'up-to-30k', label: 'Up to £30,000' },
            { value: '30k-50k', label: '£30,000 to £50,000' },
            { value: 'over-50k', label: 'Over £50,000' },
          ],
        },
      ],
    },
  ],
};

/** A US delivery: street and ZIP code, a phone and a count of packages on one step. */
const usDelivery: WizardDefinitionInput = {
  id: 'us-delivery',
  name: 'Delivery',
  slug: 'us-delivery',
  guide: { name: 'Ada', personality: 'warm' },
  steps: [
    CONTACT,
    {
      id: 'delivery',
      title: 'Delivery',
      voice_prompt: 'What street address and ZIP code should we deliver to?',
      fields: [
        { name: 'street', label: 'Street address', type: 'text', required: true },
        {
          name: 'zip',
          label: 'ZIP code',
          type: 'text',
          required: true,
          validation: { pattern: '^\\d{5}(?:-\\d{4})?$' },
        },
        { name: 'phone', label: 'Phone', type: 'phone' },
        { name: 'packages', label: 'Number of packages', type: 'number' },
      ],
    },
  ],
};

/** A booking change: a reference shaped ABC-1234 (capitals required) and a party size. */
const booking: WizardDefinitionInput = {
  id: 'booking-change',
  name: 'Change a booking',
  slug: 'booking-change',
  guide: { name: 'Ada', personality: 'warm' },
  steps: [
    {
      id: 'booking',
      title: 'Your booking',
      voice_prompt: "What's your booking reference, and how many are coming?",
      fields: [
        {
          name: 'booking_ref',
          label: 'Booking reference',
          type: 'text',
          required: true,
          extraction_hints: ['three letters and four digits, e.g. ABC-1234'],
          validation: { pattern: '^[A-Z]{3}-\\d{4}$' },
        },
        { name: 'party_size', label: 'Party size', type: 'number', required: true },
      ],
    },
    CONTACT,
  ],
};

/** Greets, says each turn in order; the run's values and the last reply. */
async function after(definition: WizardDefinitionInput, ...turns: string[]) {
  const { session, run } = await startSession(definition);
  await session.greet();
  let reply = '';
  for (const turn of turns) reply = (await session.send(turn)).reply;
  return { values: run.state().values, reply };
}

const ADA = 'Ada Lovelace, ada@example.com';

describe('a postcode said with the first line of the address', () => {
  it.each<[string, string, string]>([
    ['14 Elm Grove, LS6 2AB', '14 Elm Grove', 'LS6 2AB'],
    ['23 ashby rd nottingham ng2 5hj', '23 ashby rd nottingham', 'ng2 5hj'],
    ['LS6 2AB, 14 Elm Grove', '14 Elm Grove', 'LS6 2AB'],
    ["it's 7 Mill Lane and the postcode is HX7 8EE", '7 Mill Lane', 'HX7 8EE'],
  ])('%s', async (utterance, line, postcode) => {
    const { values } = await after(ukHome, ADA, utterance);
    expect(values.postcode).toBe(postcode);
    expect(values.address_line1).toBe(line);
    // the house number and the postcode's digits count no bedrooms and price no contents
    expect(values.bedrooms).toBeUndefined();
    expect(values.contents_value).toBeUndefined();
  });

  it('reads the postcode said on an earlier step, with the first line before it', async () => {
    const { values } = await after(
      ukHome,
      'Ada Lovelace (ada@example.com). A quote for 7 Mill Lane, Hebden Bridge, HX7 8EE please',
    );
    expect(values).toMatchObject({ full_name: 'Ada Lovelace', postcode: 'HX7 8EE' });
  });

  it('takes the postcode asked on its own, and a correction of it', async () => {
    const { values } = await after(ukHome, ADA, '14 Elm Grove', 'ls6 2ab', 'sorry, the postcode is LS6 2AD');
    expect(values).toMatchObject({ address_line1: '14 Elm Grove', postcode: 'LS6 2AD' });
  });

  it('refuses a postcode that misses the pattern with the author’s words', async () => {
    const { values, reply } = await after(ukHome, ADA, '14 Elm Grove', 'LS6 2A');
    expect(values.postcode).toBeUndefined();
    expect(reply).toMatch(/doesn't look like a UK postcode/);
  });

  it('says what a postcode looks like when the person talks about something else', async () => {
    const { values, reply } = await after(
      ukHome,
      ADA,
      '14 Elm Grove',
      '3 bedrooms',
      'about 40k',
      'understood',
    );
    expect(values).toMatchObject({ bedrooms: 3, contents_value: '30k-50k' });
    expect(values.postcode).toBeUndefined();
    expect(reply).toMatch(/postcode/i);
    expect(reply).toMatch(/LS6 2AB/);
  });
});

describe('a ZIP code: digits, so no phone, year or amount is one', () => {
  it.each<[string, Record<string, unknown>]>([
    ['350 Fifth Avenue, 10118', { street: '350 Fifth Avenue', zip: '10118' }],
    ['350 Fifth Avenue, zip 10118-0110', { street: '350 Fifth Avenue', zip: '10118-0110' }],
    ['10118, 350 Fifth Avenue', { street: '350 Fifth Avenue', zip: '10118' }],
  ])('%s', async (utterance, expected) => {
    const { values } = await after(usDelivery, ADA, utterance);
    expect(values).toMatchObject(expected);
    expect(values.packages).toBeUndefined();
  });

  it.each<string>([
    'my number is 415 555 0198',
    'we moved here in 2019',
    'I spend about 12000 dollars a year',
  ])('no ZIP from %j', async (utterance) => {
    const { values } = await after(usDelivery, ADA, '350 Fifth Avenue', utterance);
    expect(values.zip).toBeUndefined();
  });

  it('takes digits for the ZIP code unasked only after its name', async () => {
    expect((await after(usDelivery, `${ADA}, 94110`)).values.zip).toBeUndefined();
    expect((await after(usDelivery, `${ADA}, zip code 94110`)).values.zip).toBe('94110');
  });
});

describe('a booking reference whose pattern needs capitals', () => {
  it.each<[string, Record<string, unknown>]>([
    ['abc-1234 for 4 people', { booking_ref: 'ABC-1234', party_size: 4 }],
    ['ref XYZ-0042, a table for 2', { booking_ref: 'XYZ-0042', party_size: 2 }],
    ['there are 6 of us, booking XYZ-0042', { booking_ref: 'XYZ-0042', party_size: 6 }],
  ])('%s', async (utterance, expected) => {
    expect((await after(booking, utterance)).values).toMatchObject(expected);
  });

  it.each<string>(['ABC-12345 for 4 people', 'it was booked in 2024 for 4 people'])(
    'no reference from %j',
    async (utterance) => {
      const { values } = await after(booking, utterance);
      expect(values.booking_ref).toBeUndefined();
      expect(values.party_size).toBe(4);
    },
  );
});
