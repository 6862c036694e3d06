import { describe, expect, it } from 'vitest';
import { asksAbout, asksAboutChoices, asksAboutOptions } from './asks-about.js';

describe('asksAbout', () => {
  it.each([
    ["what's the difference between the oil change and the full service?", true],
    ['is the office in Portland Oregon or Portland Maine?', true],
    ['which one is better, the frontend or the backend role?', true],
    ['what does MOT mean?', true],
    ['hmm, do you do MOTs on site?', true],
    ['Is it furnished?', true],
    ['could you drop it at my office?', false],
    ['can you add writing to my skills too?', false],
    ['can you find me one with wifi?', false],
    ['the full service please', false],
  ])('%s', (sentence, expected) => expect(asksAbout(sentence)).toBe(expected));
});

describe('asksAboutOptions', () => {
  it.each([
    ["what's the difference between the oil change and the full service?", true],
    ['is the office in Portland Oregon or Portland Maine?', true],
    ['do u do MOTs on site or do i have to take it somwhere else?', true],
    ['what does MOT mean?', true],
    ['Can you tell me the balance of my checking?', false],
    ['could you drop it at my office?', false],
    ['is there a moderate place nearby?', false],
    ['what would advanced let me change?', true],
    ['what does the premium plan include?', true],
    ['what comes with the deluxe wash?', true],
    ['what do I get with gold?', true],
    // what an option is like: its sound, look or feel
    ['what does the energetic one sound like?', true],
    ['what do the rooms look like?', true],
    ['what would you recommend?', false],
    ['what do you sound like?', false],
    ['I like what the energetic one sounds like', false],
    ['can I have the advanced one?', false],
  ])('%s', (sentence, expected) => expect(asksAboutOptions(sentence)).toBe(expected));
});

describe('asksAboutChoices: questions about options in clipped or learner English', () => {
  it.each<[string[], boolean]>([
    [['What mean express wash?', 'Is more expensive?'], true],
    [['sorry, what means premium?', 'It is with the wax?'], true],
    [['the gold plan means what?'], true],
    [['whats the meaning of fortnightly?'], true],
    [["what's included in the full service?", 'the oil too?'], true],
    // choosing, or asking for, is no inquiry
    [['premium please'], false],
    [['what means premium?', 'I want the basic one.'], false],
    [['the 12th?'], false],
    [['what means premium?', 'can you book the basic one?'], false],
  ])('%j → %s', (sentences, expected) => expect(asksAboutChoices(sentences)).toBe(expected));
});
