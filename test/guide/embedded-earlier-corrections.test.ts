import { describe, expect, it } from 'vitest';
import type { WizardDefinitionInput } from '../../src/core/wizard/definition.js';
import { startSession } from './embedded-helpers.js';

/** A courier pick-up: name and email, then a phone on its own step, then a date, then notes. */
const pickup: WizardDefinitionInput = {
  id: 'pickup',
  name: 'Parcel pick-up',
  slug: 'parcel-pickup',
  guide: { name: 'Kit', personality: 'brisk' },
  settings: { default_region: 'GB' },
  steps: [
    {
      id: 'sender',
      title: 'Sender',
      fields: [
        { name: 'sender_name', label: 'Your name', type: 'text', required: true },
        { name: 'sender_email', label: 'Email address', type: 'email', required: true },
      ],
    },
    {
      id: 'reach',
      title: 'Reaching you',
      fields: [{ name: 'contact_number', label: 'Contact number', type: 'phone', required: true }],
    },
    {
      id: 'when',
      title: 'Pick-up day',
      fields: [{ name: 'pickup_date', label: 'Pick-up date', type: 'date', required: true }],
    },
    {
      id: 'notes',
      title: 'Notes',
      fields: [{ name: 'parcel_notes', label: 'Parcel notes', type: 'textarea', required: true }],
    },
  ],
};

async function converse(lines: string[]) {
  const { session, run } = await startSession(pickup);
  await session.greet();
  let last = '';
  for (const line of lines) last = (await session.send(line)).reply;
  return { values: run.state().values, last };
}

const START = ['Rhea Moss, rhea@moss.example'];
const PHONED = [...START, '07700 112233'];
const DATED = [...PHONED, '12 May 2026'];

describe('EmbeddedBrain: an earlier field corrected while another question is open', () => {
  it.each([
    // [lines, field, value, the question asked again]
    [
      [...START, "sorry, I gave you my old email, it's rhea.m@fastmail.example"],
      'sender_email',
      'rhea.m@fastmail.example',
      /contact number/i,
    ],
    [
      [...PHONED, 'hmm that email address is my work one, rhea@home.example please'],
      'sender_email',
      'rhea@home.example',
      /pick-up date/i,
    ],
    [[...DATED, 'my number is 07700 118833 by the way'], 'contact_number', '+447700118833', /parcel notes/i],
    [
      [...DATED, 'oops, the email is wrong, use rhea.m@fastmail.example'],
      'sender_email',
      'rhea.m@fastmail.example',
      /parcel notes/i,
    ],
    [[...PHONED, 'the surname is Mossop not Moss btw'], 'sender_name', 'Rhea Mossop', /pick-up date/i],
    [[...DATED, "Mosse, not Moss, that's the family name"], 'sender_name', 'Rhea Mosse', /parcel notes/i],
    [[...PHONED, 'sorry my last name is Mossop'], 'sender_name', 'Rhea Mossop', /pick-up date/i],
    [
      [...DATED, "sorry, I gave you my old email, it's rhea@home.example"],
      'sender_email',
      'rhea@home.example',
      /parcel notes/i,
    ],
  ] as Array<[string[], string, string, RegExp]>)('%j → %s = %s', async (lines, name, value, asked) => {
    const { values, last } = await converse(lines);
    expect(values[name]).toBe(value);
    expect(last).toMatch(asked);
    expect(values.parcel_notes).toBeUndefined();
  });

  it.each([
    // an address said in the notes: the notes take the words, the sender's email stays
    [[...DATED, 'leave it with my neighbour at dee@next.example'], 'sender_email', 'rhea@moss.example'],
    // someone else's number, asked for the date
    [[...PHONED, "12 May 2026, and my partner's number is 07123 456798"], 'contact_number', '+447700112233'],
    // a date said in passing in the notes does not move the pick-up day
    [[...DATED, 'fragile, it was packed on 2 May 2026'], 'pickup_date', '2026-05-12'],
    // the old spelling said with no refusal keeps the name
    [[...PHONED, 'Moss is fine, 0161 496 0000 is the office'], 'sender_name', 'Rhea Moss'],
    // asked for the notes: an address for someone else is part of them
    [
      [...DATED, 'please email my colleague at dee@next.example when it is collected'],
      'sender_email',
      'rhea@moss.example',
    ],
  ] as Array<[string[], string, string]>)('%j keeps %s = %s', async (lines, name, value) => {
    const { values } = await converse(lines);
    expect(values[name]).toBe(value);
  });
});

describe('EmbeddedBrain: a number corrected inside one answer', () => {
  it.each([
    ['07700 112233, sorry, 112239 at the end', '+447700112239'],
    ['it is 07700 112233 — no, 118833', '+447700118833'],
    ['07700 112233. oops, 07123 456798', '+447123456798'],
    ['my mobile is 07700 112233 - no, 2239', '+447700112239'],
  ])('%s → %s', async (line, phone) => {
    const { values } = await converse([...START, line]);
    expect(values.contact_number).toBe(phone);
  });

  it('keeps a number when the words after "no" hold no digits', async () => {
    const { values } = await converse([...START, '07700 112233, no landline sorry']);
    expect(values.contact_number).toBe('+447700112233');
  });
});

describe('EmbeddedBrain: a day said alone after a date in the past', () => {
  it.each([
    // today is Friday 6 March 2026: the coming 14th, not the month of the past date
    ['we shipped the last one on 3 February 2026, this one on the 14th please', '2026-03-14'],
    ['my last pick-up was 20 January 2025, so the 2nd would be good', '2026-04-02'],
    // a date ahead lends its month; a correcting "no" keeps the month of the date it corrects
    ['12 May 2026, no sorry, the 15th', '2026-05-15'],
  ])('%s → %s', async (line, date) => {
    const { values } = await converse([...PHONED, line]);
    expect(values.pickup_date).toBe(date);
  });
});
