import { describe, expect, it } from 'vitest';
import {
  findVerbatimOptions,
  matchMultiOptions,
  matchSingleOption,
  compoundOf,
  isOtherWord,
  sameDerivation,
  swappedPair,
} from './options.js';
import { field, WEEK } from './test-helpers.js';
import type { Field } from '../../../core/wizard/definition.js';

const voice = field('voice', 'single_select', {
  opts: [
    ['pro-british-male', 'Professional British male'],
    ['friendly-american-female', 'Friendly American female'],
    ['warm-calm-female', 'Warm and calm female'],
    ['energetic-young-male', 'Energetic young male'],
  ],
});
const bool = field('outdoor', 'single_select', {
  opts: [
    ['True', 'True'],
    ['False', 'False'],
  ],
});
const seats = field('number_of_seats', 'single_select', {
  opts: [
    ['1', '1'],
    ['2', '2'],
    ['3', '3'],
    ['4', '4'],
  ],
});
const cls = field('flight_class', 'single_select', {
  opts: [
    ['Economy', 'Economy'],
    ['Premium Economy', 'Premium Economy'],
    ['Business', 'Business'],
  ],
});
const food = field('food', 'multi_select', {
  opts: [
    ['pizza', 'Pizza'],
    ['sushi', 'Sushi', 'japanese'],
    ['tacos', 'Tacos'],
    ['salad', 'Green salad'],
  ],
});

describe('matchSingleOption', () => {
  it.each([
    [voice, 'the british one', 'pro-british-male'],
    [voice, 'the second one', 'friendly-american-female'],
    [voice, 'number 3', 'warm-calm-female'],
    [voice, 'the last one', 'energetic-young-male'],
    [voice, 'Professional British male', 'pro-british-male'],
    [voice, 'the britsh guy', 'pro-british-male'],
    [bool, 'yes please', 'True'],
    [bool, 'nope', 'False'],
    [seats, 'there are two of us', '2'],
    [seats, 'just me', '1'],
    [cls, 'premium economy please', 'Premium Economy'],
    [cls, 'economy', 'Economy'],
    // the option after "instead of" / "rather than" / "not" is the old value, never the new one
    [cls, 'put business instead of economy', 'Business'],
    [cls, 'economy rather than business', 'Economy'],
    [cls, 'business, not premium economy', 'Business'],
  ])('%#: %s', (f, u, v) => expect(matchSingleOption(u, f)?.option.value).toBe(v));

  it('exact matches are confident', () =>
    expect(matchSingleOption('Professional British male', voice)!.confidence).toBeGreaterThanOrEqual(0.9));
  it('a word two options share equally chooses neither (no "Did you mean …?")', () =>
    expect(matchSingleOption('female', voice)).toBeNull());
  it('nothing fits', () => expect(matchSingleOption('something else entirely', voice)).toBeNull());
  // the field's own noun ("experience") chooses no option, even one whose synonym holds it
  const experience = field('experience', 'single_select', {
    label: 'Hospitality experience',
    opts: [
      ['none', 'None', 'no experience', 'first job'],
      ['some', 'Less than a year', 'a few months'],
      ['lots', 'More than 3 years', 'heaps'],
    ],
  });
  const drink = field('drink', 'single_select', {
    label: 'Coffee or tea',
    opts: [
      ['coffee', 'Coffee'],
      ['tea', 'Tea'],
    ],
  });
  it.each([
    [experience, "I reckon I've got enough experience for it", undefined],
    [experience, 'what experience do you want', undefined],
    [experience, 'no experience, first job', 'none'],
    [experience, 'heaps of experience', 'lots'],
    // a label word that is an option's own word still chooses it
    [drink, 'cofee please', 'coffee'],
  ])('field nouns %#: %s', (f, u, v) => expect(matchSingleOption(u, f)?.option.value).toBe(v));
  it('a remark whose short words only resemble an option chooses nothing', () =>
    expect(matchSingleOption('hang on, my cat is on the desk', voice)).toBeNull());
  it('an option only replaced is no answer', () =>
    expect(matchSingleOption('anything instead of economy', cls)).toBeNull());
});

describe('matchMultiOptions', () => {
  it.each([
    ['pizza and sushi', ['pizza', 'sushi']],
    ['pizza, sushi and tacos', ['pizza', 'sushi', 'tacos']],
    ['all of them', ['pizza', 'sushi', 'tacos', 'salad']],
    ['none', []],
    ['the first and the last', ['pizza', 'salad']],
    ['japanese and salad please', ['sushi', 'salad']],
    ['piza and tacoss', ['pizza', 'tacos']],
    ['sushi instead of tacos', ['sushi']],
    ['all four, we are starving', ['pizza', 'sushi', 'tacos', 'salad']],
    ['everything, it is a party', ['pizza', 'sushi', 'tacos', 'salad']],
    ['the second and the last ones you said', ['sushi', 'salad']],
    ["let's do everything except the tacos", ['pizza', 'sushi', 'salad']],
    ['all of them but pizza and salad', ['sushi', 'tacos']],
  ])('%s', (u, v) => expect(matchMultiOptions(u, food)?.values).toEqual(v));
  // the list's words only, so what is said after it stays for other fields; a part read loosely keeps it all
  it.each([
    ['pizza, sushi. no dessert', 'pizza, sushi'],
    ['Pizza and tacos please, and my email is a@b.co', 'pizza and tacos'],
    ['piza and tacoss', 'piza and tacoss'],
  ])('span of %s', (u, span) => expect(matchMultiOptions(u, food)?.span).toBe(span));
});

describe('units written short choose the option spelled out', () => {
  const contract = field('contract', 'single_select', {
    opts: [
      ['rolling', 'No contract — 30-day rolling', 'monthly'],
      ['12-months', '12 months', '1 year'],
      ['24-months', '24 months', '2 years'],
    ],
  });
  it.each<[string, string | undefined]>([
    ['2 yrs', '24-months'],
    ['12 mths please', '12-months'],
    ['1 yr', '12-months'],
    // guards: full words as before
    ['24 months', '24-months'],
    ['monthly', 'rolling'],
  ])('%s → %s', (u, v) => expect(matchSingleOption(u, contract)?.option.value).toBe(v));
});

describe('a remark beside a list brushes no option', () => {
  const extras = field('extras', 'multi_select', {
    opts: [
      ['landline', 'Home phone line with evening & weekend calls', 'landline', 'home phone'],
      ['tv', 'TV box', 'tv'],
      ['mesh', 'Mesh Wi-Fi boosters', 'mesh'],
      ['static-ip', 'Static IP address', 'static ip'],
    ],
  });
  it.each<[string, string[]]>([
    ['static IP and the mesh, I run a small design studio from home', ['mesh', 'static-ip']],
    ["mesh please, it's a big old house with thick walls", ['mesh']],
    // guards: a part the option's words fill is chosen, loosely said or not
    ['mesh and the home phne', ['landline', 'mesh']],
    ['tv and the boosters', ['tv', 'mesh']],
  ])('%s → %j', (u, v) => expect(matchMultiOptions(u, extras)?.values).toEqual(v));
});

describe('option phrases said with a typo', () => {
  const rooms = field('rooms', 'multi_select', {
    opts: [
      ['main-hall', 'Main hall'],
      ['garden-terrace', 'Garden terrace'],
      ['board', 'Boardroom'],
    ],
  });
  it.each([
    ['the main hal and the garden terace', ['main-hall', 'garden-terrace']],
    ['Garden terrase only', ['garden-terrace']],
    ['mian hall', []],
    ['the main one', []],
    ['the hall', []],
  ])('%s', (utterance, expected) => {
    expect(findVerbatimOptions(utterance, rooms.options!).map((h) => h.option.value)).toEqual(expected);
  });

  it.each([
    ['a lovely idea', []],
    ['somethng lvely', ['lively']],
    ['a livelly one', ['lively']],
  ])('a word of its own is no typo of an option word: %s', (utterance, expected) => {
    const moods = field('mood', 'single_select', {
      opts: [
        ['lively', 'Lively'],
        ['serene', 'Serene'],
      ],
    });
    expect(findVerbatimOptions(utterance, moods.options!).map((h) => h.option.value)).toEqual(expected);
  });

  const hall = field('hall', 'multi_select', {
    opts: [
      ['main-hall', 'Main hall'],
      ['garden-terrace', 'Garden terrace'],
    ],
  });
  it.each([
    ['a deletion', 'the main hal', ['main-hall']],
    ['a substitution', 'the main hsll', ['main-hall']],
    ['a swap in a longer word', 'the garden terarce', ['garden-terrace']],
    ['an insertion', 'the main halll', ['main-hall']],
    ['guard: a swap in a four-letter word', 'the main hlal', []],
    ['guard: two edits', 'the main ha', []],
  ])('reads one edit of an option word as a typo: %s', (_kind, utterance, expected) => {
    expect(findVerbatimOptions(utterance, hall.options!).map((h) => h.option.value)).toEqual(expected);
  });
});

const services = field('services', 'multi_select', {
  opts: [
    ['bath', 'Bath'],
    ['nails', 'Nail trim'],
    ['allergy', 'Allergy care'],
    ['teeth', 'Teeth cleaning'],
  ],
});
const carrier = field('carrier', 'single_select', {
  opts: [
    ['ups', 'UPS'],
    ['fedex', 'FedEx', 'federal express'],
    ['royal', 'Royal Mail Tracked', 'royal mail'],
  ],
});

describe('option words in other forms, and names outside the list', () => {
  it.each<[string, string[]]>([
    ['he is very allergic and needs his nails done', ['nails', 'allergy']],
    ['a bath, and his teeth', ['bath', 'teeth']],
  ])('multi: %s', (u, expected) => {
    expect(matchMultiOptions(u, services)?.values).toEqual(expected);
  });
  it.each<[string, string | null]>([
    ['Canada Post Tracked', null],
    ['royal mail please', 'royal'],
    ['tracked', 'royal'],
  ])('single: %s', (u, expected) => {
    expect(matchSingleOption(u, carrier)?.option.value ?? null).toBe(expected);
  });
});

describe('isOtherWord', () => {
  it.each<[string, string, boolean]>([
    ['cat', 'calm', true],
    ['fan', 'fun', true],
    ['lovely', 'lively', true],
    ['pic', 'pics', false],
    ['pizzas', 'pizza', false],
    ['wram', 'warm', false],
    ['keybord', 'keyboard', false],
  ])('%s for %s: %s', (said, word, expected) => {
    expect(isOtherWord(said, word)).toBe(expected);
  });
});

describe('sameDerivation', () => {
  it.each<[string, string, boolean]>([
    ['nauseous', 'nausea', true],
    ['allergic', 'allergy', true],
    ['feverish', 'fever', true],
    ['card', 'care', false],
    ['internet', 'international', false],
    ['painting', 'pain', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(sameDerivation(a, b)).toBe(expected);
  });
});

describe('option phrases from labels, typos, negations', () => {
  const home = field('home_type', 'single_select', {
    opts: [
      ['apartment', 'Apartment or condo', 'flat'],
      ['townhouse', 'Townhouse'],
      ['house-with-yard', 'House with a yard', 'house with a garden'],
      ['house-no-yard', 'House without a yard', 'house with no yard'],
      ['rural', 'Farm or rural property', 'farm'],
    ],
  });
  const pets = field('other_pets', 'multi_select', {
    opts: [
      ['dogs', 'Dogs', 'dog'],
      ['cats', 'Cats', 'cat'],
      ['small-animals', 'Small animals (rabbits, guinea pigs, hamsters)'],
      ['other', 'Other animals (reptiles, fish, farm animals)'],
    ],
  });
  const skills = field('skills', 'multi_select', {
    opts: [
      ['support', 'Customer support'],
      ['writing', 'Writing & documentation', 'documentation'],
      ['pm', 'Project management'],
    ],
  });
  const role = field('role', 'single_select', {
    opts: [
      ['frontend', 'Frontend Developer (React)'],
      ['backend', 'Backend Developer (Python)'],
    ],
  });

  it.each([
    [home, 'house with a yard', 'house-with-yard'],
    [home, 'hosue with a yard', 'house-with-yard'],
    [home, 'we live in a house with a big yard', 'house-with-yard'],
    [home, 'house, no yard', 'house-no-yard'],
    [home, "we live in a house but there's no yard to speak of", 'house-no-yard'],
    [home, 'the rural one', 'rural'],
    [role, 'the frontend developer job', 'frontend'],
  ])('single %#: %s', (f, utterance, expected) => {
    expect(matchSingleOption(utterance, f)?.option.value).toBe(expected);
  });

  it.each([
    [pets, 'cats and a hamster', ['cats', 'small-animals']],
    [pets, 'a hamster and a goldfish', ['small-animals', 'other']],
    [pets, 'two guinea pigs and a lizard of the reptiles kind', ['small-animals', 'other']],
    [pets, 'no dogs, just two cats', ['cats']],
    [skills, 'customer suport, writting help articles, and project managment', ['support', 'writing', 'pm']],
  ])('multi %#: %s', (f, utterance, expected) => {
    expect(matchMultiOptions(utterance, f)?.values).toEqual(expected);
  });

  it('reads a swap of neighbouring letters as a typo only in words of five letters or more', () => {
    expect([
      swappedPair('house', 'hosue'),
      swappedPair('hall', 'hlal'),
      swappedPair('house', 'house'),
    ]).toEqual([true, true, false]);
    expect(findVerbatimOptions('mian hall', home.options!)).toEqual([]);
  });

  it('reads a compound by its last word', () => {
    expect([
      compoundOf('goldfish', 'fish'),
      compoundOf('catfish', 'fish'),
      compoundOf('fish', 'fish'),
    ]).toEqual([true, true, false]);
  });
});

describe('no candidate when options tie', () => {
  const kind = field('kind', 'single_select', {
    opts: [
      ['standard', 'Standard clean'],
      ['deep', 'Deep clean', 'deep cleaning', 'thorough clean'],
      ['move', 'Move-in / move-out clean'],
    ],
  });
  it.each(['a clean', 'the big clean, everything'])('"%s" names a word every option shares: none', (u) =>
    expect(matchSingleOption(u, kind)).toBeNull(),
  );
  it.each([
    ['the thorough one', 'deep'],
    ['standard please', 'standard'],
    ['moving out', 'move'],
  ])('%s → %s', (u, v) => expect(matchSingleOption(u, kind)?.option.value).toBe(v));
});

describe('numbered and weekday options', () => {
  const grade = field('grade', 'single_select', {
    opts: [
      ['k', 'Kindergarten'],
      ['g1', '1st grade'],
      ['g2', '2nd grade'],
      ['g3', '3rd grade'],
      ['g4', '4th grade'],
      ['g5', '5th grade'],
    ],
  });
  const availability = field('availability', 'multi_select', {
    opts: [...WEEK.slice(0, 5), ['am', 'Mornings'], ['pm', 'Afternoons']],
  });

  it.each<[string, string | null]>([
    // an ordinal names the grade, not the place in the list (Kindergarten comes first)
    ['fifth', 'g5'],
    ['the third', 'g3'],
    ['she is in second grade', 'g2'],
    ['kindergarten', 'k'],
    ['she is 4', null],
  ])('grade: %s', (u, want) => {
    expect(matchSingleOption(u, grade)?.option.value ?? null).toBe(want);
  });

  it.each<[string, string[]]>([
    ['monday and wednesday mornings', ['mon', 'wed', 'am']],
    ['tue-thu afternoons', ['tue', 'wed', 'thu', 'pm']],
    ['any weekday but friday', ['mon', 'tue', 'wed', 'thu']],
  ])('availability: %s', (u, want) => {
    expect(matchMultiOptions(u, availability)?.values).toEqual(want);
  });
});

describe('an age chooses no option of another count', () => {
  const bedrooms = field('bedrooms', 'single_select', {
    opts: [
      ['2', '2 bedrooms', 'two bed'],
      ['4-plus', '4 or more bedrooms', 'four bed', '4+'],
    ],
  });
  const ageBand = field('age_band', 'single_select', {
    opts: [
      ['under-5', 'Under 5 years'],
      ['5-plus', '5 years or older'],
    ],
  });
  it.each<[Field, string, string | null]>([
    [bedrooms, 'Myself, my husband and our daughter who is four years old.', null],
    [bedrooms, 'four bed, our son is 2 years old', '4-plus'],
    [ageBand, 'she is 4 years old', 'under-5'],
  ])('%#: %s', (f, u, value) => expect(matchSingleOption(u, f)?.option.value ?? null).toBe(value));
});

describe('a one-letter option is no tail of a contraction', () => {
  const size = field('tshirt_size', 'single_select', {
    opts: [
      ['s', 'S', 'small'],
      ['m', 'M', 'medium'],
      ['l', 'L', 'large'],
    ],
  });
  it.each<[string, string | null]>([
    ["large, I'm vegan", 'l'],
    ["small, I'd say", 's'],
    ['M', 'm'],
    ["'m' please", 'm'],
    // guards: "I'm", "it's" name no size
    ["I'm not sure", null],
    ["it's fine", null],
  ])('%s → %s', (u, value) => expect(matchSingleOption(u, size)?.option.value ?? null).toBe(value));
});

describe('an option word said in the other number', () => {
  const windows = field('arrival_window', 'single_select', {
    opts: [
      ['morning', 'Morning (8–11am)', 'morning', 'early'],
      ['afternoon', 'Afternoon (2–5pm)', 'afternoon', 'arvo'],
    ],
  });
  const extras = field('extras', 'multi_select', {
    opts: [
      ['oven', 'Inside the oven', 'oven'],
      ['walls', 'Wall spot-clean', 'walls', 'scuff marks'],
      ['glass', 'Glass', 'glass'],
    ],
  });
  const conditions = field('condition', 'single_select', {
    opts: [
      ['new', 'New'],
      ['used', 'Used'],
    ],
  });
  it.each<[string, string | null]>([
    ['Fri 18/12, mornings', 'morning'],
    ['afternoons are best', 'afternoon'],
    // guard: a short word takes no plural ("news" is no New)
  ])('%s → %s', (u, expected) => expect(matchSingleOption(u, windows)?.option.value ?? null).toBe(expected));
  it('a short option word is not inflected', () =>
    expect(findVerbatimOptions('any news?', conditions.options!)).toEqual([]));
  it.each<[string, string[]]>([
    ['also oven and the wall please', ['oven', 'walls']],
    ['the ovens', ['oven']],
    // guard: a double "s" keeps its word
    ['the glas', []],
  ])('%s → %j', (u, expected) =>
    expect(findVerbatimOptions(u, extras.options!).map((h) => h.option.value)).toEqual(expected),
  );
});
