import { describe, expect, it } from 'vitest';
import { detectDontCare, detectYesNo } from './yes-no.js';

describe('detectYesNo', () => {
  it.each([
    'yes',
    'yeah',
    'yep',
    'sure',
    'of course',
    'absolutely',
    "that's right",
    'correct',
    'I agree',
    'ok',
    'That is correct.',
    "Yes, that's correct.",
    'Works for me, do they have vegetarian options?',
    "I don't mind",
    'Sounds good.',
    'please',
    'Yes please',
    'Please do.',
    'yes, I agree now',
  ])('%s → yes', (u) => expect(detectYesNo(u)).toBe(true));
  it.each([
    'no',
    'nope',
    'nah',
    'not really',
    "I don't",
    "don't",
    'Not at this time.',
    'Nope, thank you so much.',
    "That's not right",
    'No, that is it but I appreciate the help.',
    // guards: a "not" or an assent word at the start still answers
    'not good, no',
    'not so good',
    // no one at all
    'nobody hurt. yes police',
    'no-one was in the car',
  ])('%s → no', (u) => expect(detectYesNo(u)).toBe(false));
  it.each([
    'Search for something else.',
    'What is the address?',
    'Philadelphia',
    'Please find out whether they have outdoor seating.',
    'Please tell me the phone number.',
    // assent inside a condition or time clause has not happened yet
    'before I agree, where is my data stored?',
    'if we say yes, when would you call?',
    "I'll tell you once I confirm with my boss",
    // a polite condition asks leave, it answers nothing
    "I'd rather be at home when they come, if you don't mind",
    "a morning visit if that's ok",
    // a remark about oneself with "not" and an assent word inside answers nothing
    'sorry my english is not so good',
    'my typing is not great',
  ])('%s → neither', (u) => expect(detectYesNo(u)).toBeNull());
});

describe('detectYesNo: informal, clipped and hedged replies', () => {
  it.each([
    'ye',
    'yeh sure',
    'yesss',
    'yeahhh why not',
    'go on then',
    'Go on, text me',
    'fair enough',
    'spot on',
    'fine by me',
    'OK with me',
    'I guess so',
    'I reckon so, yeah',
    'probably',
    'happy to',
  ])('%s → yes', (u) => expect(detectYesNo(u)).toBe(true));
  it.each([
    'probably not',
    'Probably not, we both work late',
    'maybe not',
    'I doubt it',
    'unlikely',
    'nooo',
    'nah mate',
    'I guess not',
  ])('%s → no', (u) => expect(detectYesNo(u)).toBe(false));
  it.each([
    // descriptive uses later in a reply are no answer
    'the blue one, probably',
    'we go on holiday in March',
    // acknowledging words are no answer: "cool, what else is there?"
    'cool, what else is there?',
  ])('%s → neither', (u) => expect(detectYesNo(u)).toBeNull());
});

describe('detectYesNo: words that only lead into the answer', () => {
  it.each<[string, boolean | null]>([
    // an acknowledgement of the guide's explanation, then the answer
    ['ok makes sense. nope nothing', false],
    ['I see, no I do not', false],
    ['got it - nah', false],
    ['alright. no, none at all', false],
    ['hmm well, yes I do', true],
    ['right, not really', false],
    // an answer taken back, then the new one
    ["wait, sorry, I misread the question. I don't have any conditions, the answer is no", false],
    ['oops my bad, no', false],
    ['sorry I misunderstood. yes we do', true],
    // alone, or before no answer, the words answer as before
    ['ok', true],
    ['ok thanks', true],
    ['right', true],
    ['ok then', true],
    ['ok no problem', true],
    ['sorry, what do you mean?', null],
    ['ok, but not the hall', true],
  ])('%j → %s', (u, expected) => expect(detectYesNo(u)).toBe(expected));
});

describe('detectDontCare', () => {
  it.each([
    'any',
    "doesn't matter",
    "I don't care",
    'no preference',
    'whatever',
    'anything is fine',
    "I don't care what date.",
    "The ticket class doesn't matter.",
    'either is fine',
    'up to you',
  ])('%s → true', (u) => expect(detectDontCare(u)).toBe(true));
  it.each([
    'Is there anything available?',
    'anything else?',
    'I care about price',
    'yes',
    "I'd rather be at home, if you don't mind",
  ])('%s → false', (u) => expect(detectDontCare(u)).toBe(false));
});
