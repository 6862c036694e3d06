import { describe, expect, it } from 'vitest';
import { field } from '../extract/test-helpers.js';
import { detectYesNo } from '../extract/yes-no.js';
import type { Plan } from './plan.js';
import { afterRefusal, guessVerdict, opensRefusing, otherOfTwo, withRefusedGuess } from './confirm-reply.js';

describe('guessVerdict: how a reply to "Did you mean X?" takes X', () => {
  it.each<[string, boolean | null]>([
    ['yes', true],
    ['yep', true],
    ['yes that', true],
    ['yup, that one', true],
    ['That one', true],
    ["that's the one", true],
    ['this one please', true],
    ['correct', true],
    ['no', false],
    ['nope', false],
    ['neither', false],
    ['no — the other one', false],
    ['the other one', false],
    ['other option', false],
    ['a different one please', false],
    ['another one', false],
    ['not that one', false],
    // false-positive guards: an answer to something else, or "other" that points at no option
    ['next tuesday', null],
    ['under $50', null],
    ['the other day', null],
    ['another thing, my budget is 60', null],
    ['that depends on the price', null],
  ])('%j → %s', (reply, verdict) => {
    expect(guessVerdict(reply, detectYesNo(reply))).toBe(verdict);
  });
});

describe('opensRefusing and afterRefusal: a reply that opens with a no, and the words after it', () => {
  it.each<[string, boolean, string]>([
    ['no, and the budget is under $50', true, 'and the budget is under $50'],
    ['No, it’s Acme Corp', true, 'it’s Acme Corp'],
    ['Nope. Bath & brush', true, 'Bath & brush'],
    ['no — the other one', true, ''],
    ['nope, not that one', true, ''],
    ['neither, the full groom', true, 'the full groom'],
    ['wrong, bath please', true, 'bath please'],
    ['the other one, Bath', false, 'Bath'],
    // a "no" that begins a phrase refuses nothing
    ['no preference', false, 'preference'],
    ['no dogs on the sofa', false, 'dogs on the sofa'],
    ['nothing else', false, 'nothing else'],
  ])('%j → %s, %j', (reply, refusing, rest) => {
    expect(opensRefusing(reply)).toBe(refusing);
    expect(afterRefusal(reply)).toBe(rest);
  });
});

describe('otherOfTwo: "the other one" of a choice of two', () => {
  const handover = field('handover', 'single_select', {
    opts: [
      ['salon', 'At the salon'],
      ['van', 'Mobile van'],
    ],
  });
  const service = field('service', 'single_select', {
    opts: [
      ['bath', 'Bath & brush'],
      ['full', 'Full groom'],
      ['nails', 'Nail trim'],
    ],
  });
  it.each<[string, typeof handover, string, string | undefined]>([
    ['the other one', handover, 'van', 'salon'],
    ['no, the other', handover, 'salon', 'van'],
    ['another one please', handover, 'van', 'salon'],
    // three options: "the other one" is no one option; no "other": nothing
    ['the other one', service, 'bath', undefined],
    ['no', handover, 'van', undefined],
    ['the other day', handover, 'van', undefined],
  ])('%j of %s at %s → %s', (reply, f, value, other) => {
    expect(otherOfTwo(reply, f, value)?.value).toBe(other);
  });
});

describe('withRefusedGuess: a refusing reply clears the guess unless it gives the field itself', () => {
  const plan = (actions: Plan['actions']): Plan => ({
    actions,
    advance: true,
    correction: false,
    confirmBelow: 0,
  });
  const budget = {
    op: 'set' as const,
    candidate: { field: 'budget', value: 'lo', confidence: 0.9, extractor: 'range-option' },
    utterance: '',
  };
  const service = { ...budget, candidate: { ...budget.candidate, field: 'service', value: 'bath' } };
  it.each<[string, Plan['actions'], Plan['actions']]>([
    ['no, and the budget is under $50', [budget], [{ op: 'clear', field: 'service' }, budget]],
    ['nope, the bath', [service], [service]],
    ['no', [{ op: 'clear', field: 'service' }], [{ op: 'clear', field: 'service' }]],
    ['and the budget is under $50', [budget], [budget]],
    ['no preference on budget', [budget], [budget]],
  ])('%j', (reply, actions, expected) => {
    expect(withRefusedGuess(plan(actions), 'service', reply).actions).toEqual(expected);
  });
});
