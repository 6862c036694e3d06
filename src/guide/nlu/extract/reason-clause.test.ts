import { describe, expect, it } from 'vitest';
import { matchMultiOptions, matchSingleOption } from './options.js';
import { faultedAfter, inReasonClause, outsideReasons } from './reason-clause.js';
import { field } from './test-helpers.js';

const at = (text: string, word: string) => inReasonClause(text, text.lastIndexOf(word));

describe('inReasonClause', () => {
  it.each([
    ['afternoons and evenings, i have uni in the mornings', 'mornings', true],
    ['weekends because i work nights', 'nights', true],
    ['legal cover, as my husband cycles', 'cycles', true],
    ["no thanks, we've got a bike shed", 'bike', true],
    ['evenings, my kids are at school in the mornings', 'mornings', true],
    ["weekends, i can't do mornings", 'mornings', true],
    ['since the boiler is old, home emergency', 'home', false],
    ['afternoons, i can do mornings too', 'mornings', false],
    ["evenings, and i'd like mornings as well", 'mornings', false],
    ["i'm free in the mornings", 'mornings', false],
    ['i think mornings', 'mornings', false],
    ['we want the bike cover', 'bike', false],
    ['home emergency yes, because boiler is old', 'home', false],
    ['afternoon then please, the removalists are booked early', 'early', true],
    ['mornings, the kids get home at three in the afternoon', 'afternoon', true],
    // guards: others free for it choose; "the" before the option itself is no circumstance
    ['the kids are free in the mornings', 'mornings', false],
    ['the morning is best', 'morning', false],
  ])('%j at %j → %s', (text, word, want) => expect(at(text, word)).toBe(want));
});

const shifts = field('shifts', 'multi_select', {
  label: 'Shifts available',
  opts: [
    ['weekday-mornings', 'Weekday mornings (6am–11am)', 'mornings'],
    ['weekday-afternoons', 'Weekday afternoons (11am–4pm)', 'afternoons'],
    ['weekends', 'Weekends (Saturday and Sunday)', 'weekends'],
    ['evenings', 'Evenings (after 4pm)', 'evenings'],
  ],
});
const extras = field('add_ons', 'multi_select', {
  label: 'Optional extras',
  opts: [
    ['home-emergency', 'Home emergency cover', 'home emergency', 'boiler cover'],
    ['legal-expenses', 'Legal expenses cover', 'legal expenses'],
    ['bicycle', 'Bicycle cover', 'bike cover', 'bike', 'cycle cover'],
  ],
});

describe('outsideReasons', () => {
  it.each([
    ['afternoons and evenings, I have uni in the mornings', 'afternoons and evenings'],
    ['weekends because I work nights', 'weekends'],
    ['mornings, I can do evenings too', 'mornings, i can do evenings too'],
  ])('%j → %j', (text, want) => expect(outsideReasons(text)).toBe(want));
});

describe('options said inside a reason do not add to the choice', () => {
  it.each([
    [
      shifts,
      'weekday afternoons and evenings, I have uni in the mornings',
      ['weekday-afternoons', 'evenings'],
    ],
    [shifts, 'Evenings and weekends because I work mornings at the bakery', ['weekends', 'evenings']],
    [
      shifts,
      'afternoons and evenings, I can do mornings too',
      ['weekday-mornings', 'weekday-afternoons', 'evenings'],
    ],
    [shifts, 'I have uni so only weekends', ['weekends']],
    [shifts, 'I work mornings', ['weekday-mornings']],
    [extras, 'legal expenses please, as my husband has a bike', ['legal-expenses']],
    [extras, 'home emergency yes, because boiler is old', ['home-emergency']],
  ])('%#: %j', (f, text, want) => expect(matchMultiOptions(text, f)?.values).toEqual(want));

  it('a single choice keeps the option outside the reason', () => {
    const kind = field('property_type', 'single_select', {
      opts: [
        ['detached', 'Detached house', 'detached'],
        ['semi', 'Semi-detached house', 'semi'],
      ],
    });
    expect(matchSingleOption('a detached house, since our old semi was too small', kind)?.option.value).toBe(
      'detached',
    );
  });
});

describe('faultedAfter', () => {
  const after = (text: string, word: string) => faultedAfter(text, text.indexOf(word) + word.length);
  it.each([
    ['switch to the energetic one, british sounds too stiff', 'british', true],
    ['the rooftop one is a bit too cold in october', 'rooftop', true],
    ["garden's way too small", 'garden', true],
    ['energetic seems kind of too much', 'energetic', true],
    // guards: praise, "too" in another clause, "too" before the option, "too" as "also"
    ['the british one is perfect', 'british', false],
    ['british, the other is too stiff', 'british', false],
    ['too british for me', 'british', false],
    ['mornings are fine, evenings too', 'mornings', false],
    ['british is fine too', 'british', false],
  ])('%j at %j → %s', (text, word, want) => expect(after(text, word)).toBe(want));

  const voice = field('voice_id', 'single_select', {
    opts: [
      ['pro-british-male', 'Professional British male', 'british'],
      ['energetic-young-male', 'Energetic young male', 'energetic'],
    ],
  });
  it.each([
    ['switch the voice to the energetic young guy, british sounds too stiff', 'energetic-young-male'],
    ['british please, energetic is a bit too much', 'pro-british-male'],
  ])('a choice beside a faulted option keeps the choice: %j', (text, want) =>
    expect(matchSingleOption(text, voice)?.option.value).toBe(want),
  );
});

describe("refusing a multi_select by its field's noun", () => {
  it.each([
    ['none of the extras thanks', []],
    ['no extras, thank you', []],
    ['not any of the extras', []],
    ['none of the shifts', null],
    ['no legal expenses', null],
  ])('%j → %j', (text, want) => {
    const got = matchMultiOptions(text, extras);
    if (want === null) expect(got?.extractor).not.toBe('no-options');
    else expect(got?.values).toEqual(want);
  });
});
