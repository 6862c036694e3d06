import { describe, expect, it } from 'vitest';
import { choicesAskedOf } from './choices-question.js';
import { fieldNamedIn } from './intents.js';
import { field } from './extract/test-helpers.js';

const budget = field('budget', 'single_select', {
  label: 'Budget',
  opts: [
    ['lo', 'Under $50'],
    ['mid', '$50 to $100'],
    ['hi', 'Over $100'],
  ],
});
const size = field('dog_size', 'single_select', {
  label: 'Dog size',
  opts: [
    ['s', 'Small'],
    ['l', 'Large'],
  ],
});
const membership = field('membership', 'single_select', {
  label: 'Membership',
  opts: [
    ['basic', 'Basic'],
    ['plus', 'Plus'],
  ],
});
const notes = field('notes', 'textarea', { label: 'Notes' });
const fields = [budget, size, membership, notes];

describe('choicesAskedOf: a question for the choices, by their standard nouns or the field label', () => {
  it.each<[string, string | undefined, string | undefined]>([
    ['what are the ranges?', 'budget', 'budget'],
    ['what are the bands?', 'budget', 'budget'],
    ['which ones are there?', 'budget', 'budget'],
    ['sorry, what were the tiers again?', 'membership', 'membership'],
    ['what levels can I choose from?', 'membership', 'membership'],
    ['which packages do you offer?', 'membership', 'membership'],
    ['and the plans available are?', 'membership', 'membership'],
    ['ranges?', 'budget', 'budget'],
    ['what are the budget bands?', 'notes', 'budget'],
    ['which budgets can I pick?', 'notes', 'budget'],
    // the field whose label holds the noun, whatever is asked
    ['what sizes do you have?', 'budget', 'dog_size'],
    ['what dog sizes are there?', 'membership', 'dog_size'],
    // false-positive guards: a question about something else, or with no select asked
    ['what are the opening hours?', 'budget', undefined],
    ['which plan is cheapest?', 'membership', undefined],
    ['what size is the parking lot?', 'budget', undefined],
    ['is there a payment plan?', 'budget', undefined],
    ['what are the ranges?', 'notes', undefined],
    // only words that say what kind of question it is: the usual options answer of the asked field
    ['what are the options?', 'budget', undefined],
    // slots and times are the choices of a schedule select
    ['what are the time slots?', 'membership', 'membership'],
    ['which slots are free?', 'budget', undefined],
    ['what time do they arrive?', 'membership', undefined],
  ])('%j asked %s → %s', (question, asked, expected) => {
    const askedField = fields.find((f) => f.name === asked);
    const named = fieldNamedIn(question, fields);
    expect(choicesAskedOf(question, fields, named, askedField)?.name).toBe(expected);
  });
});
