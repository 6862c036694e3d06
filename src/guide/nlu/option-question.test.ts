import { describe, expect, it } from 'vitest';
import { describeAskedOptions } from './option-question.js';
import { field } from './extract/test-helpers.js';

const financing = field('financing', 'single_select', {
  description:
    'How the system would be paid for. Upfront: pay in full and own it outright. Loan: own the system and repay a loan monthly. Lease: the installer owns the panels and you pay a fixed monthly fee.',
  opts: [
    ['upfront', 'Pay upfront', 'cash'],
    ['loan', 'Loan', 'borrow'],
    ['lease', 'Lease', 'leasing'],
  ],
});
const plan = field('plan', 'single_select', {
  description: 'A basic plan suits most homes; a premium plan adds a yearly service visit.',
  opts: [
    ['basic', 'Basic'],
    ['premium', 'Premium'],
  ],
});
const house = field('house', 'single_select', {
  description: 'The kind of house; terraced and semi-detached houses share walls.',
  opts: [
    ['terraced', 'Terraced house'],
    ['semi', 'Semi-detached'],
    ['barista', 'Barista — making coffee'],
  ],
});
const pick = (f: ReturnType<typeof field>, ...values: string[]) =>
  f.options!.filter((o) => values.includes(o.value));

describe('describeAskedOptions: options explained by their labels or by what the description says of each', () => {
  it.each<[string, ReturnType<typeof field>, string[], string]>([
    [
      'loan and lease',
      financing,
      ['loan', 'lease'],
      'Loan: own the system and repay a loan monthly. Lease: the installer owns the panels and you pay a fixed monthly fee.',
    ],
    ['upfront', financing, ['upfront'], 'Pay upfront: pay in full and own it outright.'],
    [
      'basic and premium, each in a clause',
      plan,
      ['basic', 'premium'],
      'Basic: A basic plan suits most homes. Premium: a premium plan adds a yearly service visit.',
    ],
    // guards: a sentence that speaks of both options asked explains neither; a label's own explanation wins
    [
      'terraced and semi',
      house,
      ['terraced', 'semi'],
      "Terraced house and Semi-detached — the form doesn't say more about them.",
    ],
    ['barista', house, ['barista'], 'Barista: making coffee.'],
  ])('%s', (_, f, values, expected) => expect(describeAskedOptions(pick(f, ...values), f)).toBe(expected));
});
