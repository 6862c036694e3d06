import { describe, expect, it } from 'vitest';
import { extractForField } from './for-field.js';
import { field } from './test-helpers.js';
import { detectYesNo } from './yes-no.js';
import { yesNoSpan } from './yes-no-span.js';

const ctx = { referenceDate: new Date('2026-12-07T12:00:00Z'), defaultRegion: 'US' };
const homeowner = field('homeowner', 'boolean', {
  label: 'Do you own the home?',
  extraction_hints: ['yes if they own it, no if they rent'],
});

describe('yesNoSpan: the leading clauses a yes/no answer is read from', () => {
  it.each<[string, string]>([
    ["yes we own it, it's a townhouse", 'yes we own it'],
    ['yes, detached', 'yes'],
    ['nope. we rent a flat downtown', 'nope'],
    ['no; the dog passed away last year', 'no'],
    // guards: the answer needs more than the first clause, or the utterance is one clause
    ['well, yes', 'well, yes'],
    ['yes', 'yes'],
    ['yes we do own it', 'yes we do own it'],
  ])('%s → %s', (said, span) => {
    const value = detectYesNo(said)!;
    expect(yesNoSpan(said, detectYesNo, value)).toBe(span);
  });
});

describe('an asked yes/no leaves the clauses after its answer to other fields', () => {
  it.each<[string, boolean, string]>([
    ["yes we own it, it's a townhouse", true, 'yes we own it'],
    ["we own it, it's a detached house", true, 'we own it'],
    ["I rent. it's a semi in Toronto", false, 'I rent'],
  ])('%s → %s claiming "%s"', (said, value, span) => {
    const c = extractForField(said, homeowner, ctx);
    expect(c?.value).toBe(value);
    expect(c?.span).toBe(span);
  });
});
