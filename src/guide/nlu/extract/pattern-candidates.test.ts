import { describe, expect, it } from 'vitest';
import { field } from './test-helpers.js';
import { patternCandidates } from './pattern-candidates.js';

const LOOSE = '^[A-Za-z0-9]{1,4}[ -]?[A-Za-z0-9]{1,4}[ -]?[A-Za-z0-9]{0,6}$';
const EIGHT = '^[A-Za-z0-9]{2} ?[A-Za-z0-9]{2} ?[A-Za-z0-9]{2} ?[A-Za-z0-9]{2}$';
const plate = field('registration', 'text', {
  label: 'Registration plate',
  description: 'The number plate, e.g. KX19 LMF or 191-D-12345',
  validation: { pattern: LOOSE },
});
const checkCode = field('licence_check_code', 'text', {
  label: 'Driving licence check code',
  extraction_hints: ['8 letters and numbers, e.g. Hj7K 2mPq'],
  validation: { pattern: EIGHT },
});
// two fields of one shape: only naming or asking tells them apart
const outward = field('outward_ref', 'text', {
  label: 'Outward booking reference',
  validation: { pattern: EIGHT },
});
const inward = field('return_ref', 'text', {
  label: 'Return booking reference',
  validation: { pattern: EIGHT },
});

const found = (utterance: string, fields = [plate, checkCode], agent?: string) =>
  Object.fromEntries(patternCandidates(utterance, fields, [], agent).map((c) => [c.field, c.value]));

describe('patternCandidates', () => {
  it.each<[string, ReturnType<typeof field>[], string | undefined, Record<string, unknown>]>([
    [
      "It's a Skoda Octavia estate, reg KX19 LMF, about 48,000 miles.",
      [plate, checkCode],
      undefined,
      { registration: 'KX19 LMF' },
    ],
    // a code of the check code's shape goes to it, asked or not, never to the plate
    [
      'Pm3s8Lqe',
      [plate, checkCode],
      "What's your driving licence check code?",
      { licence_check_code: 'Pm3s8Lqe' },
    ],
    [
      'Yes, for two days please. Check code is Tz8m4Kwd',
      [plate, checkCode],
      undefined,
      { licence_check_code: 'Tz8m4Kwd' },
    ],
    // the same shape for two fields: the one named before it, else the one just asked, else none
    ['outward AB12CD34', [outward, inward], undefined, { outward_ref: 'AB12CD34' }],
    ['AB12CD34', [outward, inward], "What's your return booking reference?", { return_ref: 'AB12CD34' }],
    ['AB12CD34', [outward, inward], undefined, {}],
    // GUARD: asked for both, or asked one but the other named, the asking does not decide
    ['AB12CD34', [outward, inward], 'What are your outward and return booking references?', {}],
    [
      'return AB12CD34',
      [outward, inward],
      "What's your outward booking reference?",
      { return_ref: 'AB12CD34' },
    ],
  ])('%#: %j', (utterance, fields, agent, values) => expect(found(utterance, fields, agent)).toEqual(values));
});
