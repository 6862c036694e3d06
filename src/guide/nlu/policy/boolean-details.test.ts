import { describe, expect, it } from 'vitest';
import { defaultNlu } from '../nlu.js';
import { ctx, field } from '../extract/test-helpers.js';
import { detailsAnswer, saysOnlyYes } from './boolean-details.js';

describe('saysOnlyYes', () => {
  it.each<[string, boolean]>([
    ['I have, yes', true],
    ['yes I do', true],
    ['we', true],
    ['actually yes', true],
    ['', true],
    ['a shy beagle', false],
    ['penicillin', false],
  ])('%j → %s', (words, only) => expect(saysOnlyYes(words)).toBe(only));
});

describe('detailsAnswer', () => {
  const pets = field('pet_details', 'text', {
    label: 'About your pets',
    description: 'Which pets, and anything the cleaners should know',
    extraction_hints: ['kind of pet and any instructions'],
  });
  const card = field('card_number', 'text', { label: 'Medical card number' });
  const account = field('current_account_number', 'text', { label: 'Current provider account number' });
  const provider = field('current_provider', 'text', { label: 'Current provider' });
  it.each<[ReturnType<typeof field>, string, string | null]>([
    // a description is kept as said, not cut to a guessed word
    [pets, 'and a golden retriever who sheds like crazy', 'a golden retriever who sheds like crazy'],
    [pets, 'yes, two cats, one is very shy', 'two cats, one is very shy'],
    [card, 'yes, it is 1234567A', '1234567A'],
    // a code field takes a code or nothing: the words of the yes name no code
    [account, "yes, we're with Virgin Media at the moment", null],
    [account, 'yes, BT', null],
    [account, 'yes, BT, account GP28471190', 'GP28471190'],
    // guard: a field with no code in its name keeps the words
    [provider, 'yes, BT', 'BT'],
    // a value read from all the words leaves out their preposition
    [provider, 'yes, from Sky', 'Sky'],
    // saying yes gives no details
    [card, 'I have, yes', null],
    [pets, 'yes we do', null],
  ])('%s: %j → %j', (f, utterance, value) =>
    expect(detailsAnswer(defaultNlu, utterance, f, [f], ctx)?.value ?? null).toBe(value),
  );
});
