import { describe, expect, it } from 'vitest';
import { ctx, field } from './test-helpers.js';
import { addsToList, removedOptions } from './list-edits.js';
import { extractForField } from './for-field.js';

const toppings = field('toppings', 'multi_select', {
  opts: [
    ['mushroom', 'Mushrooms', 'mushroom'],
    ['olives', 'Black olives', 'olives'],
    ['peppers', 'Roasted peppers', 'peppers', 'capsicum'],
    ['anchovies', 'Anchovies'],
  ],
});
const opts = toppings.options!;

describe('options taken away in words', () => {
  it.each([
    ['remove the olives please', ['olives']],
    ['can you drop the anchovies', ['anchovies']],
    ['take the peppers off, not a fan', ['peppers']],
    ['leave out the mushrooms', ['mushroom']],
    ['get rid of the olives and anchovies', ['olives']],
    ['olives and peppers. hmm, ditch the olives actually', ['olives']],
    ['no anchovies', ['anchovies']],
    ['olives and anchovies, no scratch the anchovies', ['anchovies']],
    ['omit the peppers', ['peppers']],
  ])('%s → %j', (utterance, removed) => expect([...removedOptions(utterance, opts)]).toEqual(removed));

  it.each([
    // the option said again after its removal is chosen after all
    'scrap the olives. no wait, keep olives',
    'olives and peppers',
    'add the anchovies too',
    'the mushrooms are my favourite',
    // "scratch that" takes back the words before, not an option after it
    'scratch that, olives',
  ])('%s → nothing taken away', (utterance) => expect([...removedOptions(utterance, opts)]).toEqual([]));
});

describe('a list answer that takes back one of its options', () => {
  it.each([
    ['mushrooms and olives, actually scrap the olives, just mushrooms', ['mushroom']],
    ['peppers, anchovies. on second thought drop the anchovies', ['peppers']],
    ['anchovies, mushrooms, cut out the anchovies, they are too salty', ['mushroom']],
    ['olives and capsicum', ['olives', 'peppers']],
  ])('%s → %j', (utterance, values) =>
    expect(extractForField(utterance, toppings, ctx)?.value).toEqual(values),
  );
});

describe('words that add to a list', () => {
  it.each([
    'add the olives',
    'peppers as well',
    'mushrooms too please',
    'could you also include anchovies',
    'PLUS the olives',
    'throw in some anchovies, not too many',
  ])('%s adds', (utterance) => expect(addsToList(utterance)).toBe(true));
  it.each([
    'just the olives',
    'olives instead',
    'make it peppers',
    // an adding word beside one that replaces
    'only the peppers too',
    'anchovies as well rather than olives',
    'replace the olives with mushrooms too',
  ])('%s does not add', (utterance) => expect(addsToList(utterance)).toBe(false));
});
