import { describe, expect, it } from 'vitest';
import { headNounValue } from './head-noun-is.js';
import { extractForField } from './for-field.js';
import { ctx, field } from './test-helpers.js';

const insurer = field('other_insurer', 'text', { label: "Other driver's insurer" });
const employer = field('employer', 'text', { label: 'Current employer' });
const address = field('home_address', 'text', { label: 'Home address' });

describe('headNounValue: a value said after the label noun (or its stem) and "is"', () => {
  it.each<[string, typeof insurer, string | null]>([
    ['Her insurance is USAA', insurer, 'USAA'],
    ['his insurer is Geico', insurer, 'Geico'],
    ["their insurance company's Progressive", insurer, 'Progressive'],
    ['her insurer is Geico, I think', insurer, 'Geico'],
    ["the other driver's insurance is with State Farm", insurer, 'State Farm'],
    ['my employer is Acme Labs and I work nights', employer, 'Acme Labs'],
    // guard rows: no "is" after the noun, another noun, a short label noun
    ['she has no insurance', insurer, null],
    ['insurance is a scam', insurer, null],
    ['her car is a Civic', insurer, null],
    ['USAA', insurer, null],
  ])('%s → %s', (text, f, value) => {
    expect(headNounValue(text, f)?.value ?? null).toBe(value);
  });
});

describe('extractForField: the label noun lead for generic and organisation text only', () => {
  it.each<[string, typeof insurer, string | undefined]>([
    ['Her insurance is USAA', insurer, 'USAA'],
    ['his insurer is Geico', insurer, 'Geico'],
    // guard row: an address is read by its own lead as before, not by this one
    ['my address is 12 Elm St, Springfield', address, '12 Elm St'],
  ])('%s → %s', (text, f, value) => {
    expect(extractForField(text, f, ctx)?.value).toBe(value);
  });
});
