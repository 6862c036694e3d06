import { describe, expect, it } from 'vitest';
import { field } from './test-helpers.js';
import { anyoneYesNo } from './anyone-yes-no.js';

describe('anyoneYesNo', () => {
  const anyone = field('works_from_home', 'boolean', { label: 'Does anyone work from home?' });
  const you = field('smoker', 'boolean', { label: 'Do you smoke?' });
  it.each<[ReturnType<typeof field>, string, boolean | null]>([
    [anyone, "my wife does, I don't", true],
    [anyone, "I don't but my son does", true],
    [anyone, "I do, my partner doesn't", true],
    [anyone, 'not me, but Sam works from home on Fridays', true],
    // guards: nobody does, one clause, or a question about one person
    [anyone, "my wife doesn't, I don't either", null],
    [anyone, 'no', null],
    [anyone, 'yes, my husband does', null],
    [anyone, 'no, we both go to the office', null],
    [anyone, "no - I'm a nurse, I do shifts at the hospital", null],
    [you, "my wife does, I don't", null],
  ])('%s: %j → %s', (f, utterance, yes) => expect(anyoneYesNo(utterance, f)).toBe(yes));
});
