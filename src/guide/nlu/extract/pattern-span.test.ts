import { describe, expect, it } from 'vitest';
import { field } from './test-helpers.js';
import { holdsPattern, patternAnswer, patternSpan, relaxAnchors } from './pattern-span.js';

const patterned = (name: string, pattern: string) => field(name, 'text', { validation: { pattern } });
const UK_POSTCODE = patterned('postcode', '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$');
const UPPER_POSTCODE = patterned('postcode', '^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$');
const US_ZIP = patterned('zip', '^\\d{5}(?:-\\d{4})?$');
const BOOKING = patterned('booking_ref', '^[A-Z]{3}-\\d{4}$');
const PLATE = patterned('registration', '^[A-Z]{2}[0-9]{2} ?[A-Z]{3}$');
const MEMBER = patterned('member_id', '^M\\d{6,8}$');
/** A loose pattern (it takes "hello" too) whose author gives example codes: values are read by their shape. */
const LOOSE_PLATE = field('registration', 'text', {
  description: 'The number plate, UK (e.g. KX19 LMF) or Irish (e.g. 191-D-12345)',
  validation: { pattern: '^[A-Za-z0-9]{1,4}[ -]?[A-Za-z0-9]{1,4}[ -]?[A-Za-z0-9]{0,6}$' },
});
const LICENCE = field('licence_check_code', 'text', {
  extraction_hints: ['8 letters and numbers, e.g. Hj7K 2mPq'],
  validation: { pattern: '^[A-Za-z0-9]{2} ?[A-Za-z0-9]{2} ?[A-Za-z0-9]{2} ?[A-Za-z0-9]{2}$' },
});

const CARD = field('licence_number', 'text', {
  extraction_hints: ['a code of letters and digits such as 12345678 or S12345'],
  validation: { pattern: '^[A-Za-z0-9]{5,10}$' },
});

describe('patternSpan', () => {
  it.each<[ReturnType<typeof field>, string, string | null]>([
    [UK_POSTCODE, '14 Elm Grove, LS6 2AB', 'LS6 2AB'],
    [UK_POSTCODE, '23 ashby rd nottingham ng2 5hj', 'ng2 5hj'],
    [UK_POSTCODE, 'Flat 2, 88 Kingsland Road, E2 8DP', 'E2 8DP'],
    [UK_POSTCODE, "it's SW1A 1AA near the palace", 'SW1A 1AA'],
    [UK_POSTCODE, 'postcode is M202TR', 'M202TR'],
    [UK_POSTCODE, 'oh sorry, the postcode should be SA1 1NX, I mistyped', 'SA1 1NX'],
    // the pattern requires capitals: the span's case is changed to fit it
    [UPPER_POSTCODE, 'it is cf10 5bz', 'CF10 5BZ'],
    [US_ZIP, 'we live at 12 Oak St, Springfield 62704', '62704'],
    [US_ZIP, 'zip is 94110-2345', '94110-2345'],
    [BOOKING, 'my booking ref is abc-1234 thanks', 'ABC-1234'],
    [BOOKING, 'reference XYZ-0042, booked for two', 'XYZ-0042'],
    [PLATE, "the car's reg is AB12 CDE", 'AB12 CDE'],
    [MEMBER, 'member number M0048213 since 2019', 'M0048213'],
    // no value: nothing of the shape, or cut from a longer token, a phone, an amount or an email
    [UK_POSTCODE, '3 bed semi built 1934', null],
    [UK_POSTCODE, 'at 5pm on the 3rd', null],
    [US_ZIP, 'call me on 415 555 0198', null],
    [US_ZIP, 'my number is 07700 900461', null],
    [US_ZIP, 'built in 2019, three bedrooms', null],
    [US_ZIP, 'contents about £50000', null],
    [US_ZIP, 'about 50000 pounds', null],
    [US_ZIP, 'email me at sam90210@mail.com', null],
    [BOOKING, 'ref ABC-12345', null],
    [BOOKING, 'ABC-1234-7 is the one', null],
    [MEMBER, 'M12 is my flat', null],
    // a loose pattern: the longest span of an example's shape, without the words around it
    [LOOSE_PLATE, "It's a Skoda Octavia estate, reg KX19 LMF, about 48,000 miles.", 'KX19 LMF'],
    [LOOSE_PLATE, 'its a vw polo reg ab17 wzt', 'ab17 wzt'],
    [LOOSE_PLATE, 'plate is YH21 KPD', 'YH21 KPD'],
    [LOOSE_PLATE, '191-D-40772', '191-D-40772'],
    [LOOSE_PLATE, 'Can I book my Audi A3 (CV66 RRN, 88k on the clock) in?', 'CV66 RRN'],
    // the last of two said corrects the first
    [LOOSE_PLATE, 'Fiesta, reg BD65 KTN... sorry BD65 KTM', 'BD65 KTM'],
    // GUARD: words, a model with a digit, an amount, a time, another code's shape are no plate
    [LOOSE_PLATE, 'Fiesta', null],
    [LOOSE_PLATE, 'my Hyundai i20 for the major service', null],
    [LOOSE_PLATE, 'reckon about 30k', null],
    [LOOSE_PLATE, 'Friday 8 January 2027 at 7.30', null],
    [LOOSE_PLATE, 'Pm3s8Lqe', null],
    [LOOSE_PLATE, 'call me on 07700 900318', null],
    [LICENCE, 'Check code is Tz8m4Kwd', 'Tz8m4Kwd'],
    [LICENCE, 'it is Hj7K 2mPq', 'Hj7K 2mPq'],
  ])('%#: %j', (f, utterance, value) => expect(patternSpan(utterance, f)?.value ?? null).toBe(value));

  it('keeps the words as said beside the stored value', () => {
    expect(patternSpan('my booking ref is abc-1234 thanks', BOOKING)).toMatchObject({
      span: 'abc-1234',
      value: 'ABC-1234',
      digitsOnly: false,
    });
    expect(patternSpan('62704', US_ZIP)).toMatchObject({ span: '62704', digitsOnly: true, index: 0 });
  });
});

describe('patternAnswer', () => {
  it.each<[ReturnType<typeof field>, string, string | null, string | null]>([
    [LOOSE_PLATE, 'reg is FD15 XRA', 'FD15 XRA', 'pattern'],
    [LICENCE, 'Pm3s8Lqe', 'Pm3s8Lqe', 'pattern'],
    // an attempt that misses the pattern is kept for the engine to refuse
    [LICENCE, 'Hj7K 2mP', 'Hj7K 2mP', 'pattern-attempt'],
    [UK_POSTCODE, 'LS6 2A', 'LS6 2A', 'pattern-attempt'],
    // GUARD: digits alone are no attempt at a code whose examples have letters (a phone for a later question)
    [LICENCE, '020 7946 0321', null, null],
    [LOOSE_PLATE, 'Fiesta', null, null],
    [LICENCE, "I'll have to dig that out, can I leave it for now?", null, null],
    // a card number whose author's examples are digits alone ("such as 12345678"), said whole or in two groups
    [CARD, 'NSW licence, number 30917452', '30917452', 'pattern'],
    [CARD, 'his learner licence number is 2019 4473, from NSW', '20194473', 'pattern'],
    [CARD, 'SA, her number is DX4471', 'DX4471', 'pattern'],
    // GUARD: a phone said in groups and a date are no card number, only attempts the engine refuses; hours none
    [CARD, '0401 552 839', '0401 552 839', 'pattern-attempt'],
    [CARD, '12-12-2003', '12-12-2003', 'pattern-attempt'],
    [CARD, 'about 60', null, null],
  ])('%#: %j', (f, utterance, value, extractor) => {
    const m = patternAnswer(utterance, f);
    expect([m?.value ?? null, m?.extractor ?? null]).toEqual([value, extractor]);
  });
});

describe('holdsPattern', () => {
  it.each<[ReturnType<typeof field>, boolean]>([
    [UK_POSTCODE, true],
    [US_ZIP, true],
    [BOOKING, true],
    [LOOSE_PLATE, true],
    [LICENCE, true],
    // a loose pattern without example codes identifies nothing
    [field('registration', 'text', { validation: LOOSE_PLATE.validation }), false],
    // a slug or a plain-words pattern accepts any word: it identifies nothing
    [patterned('web_address', '^[a-z0-9]+(?:-[a-z0-9]+)*$'), false],
    [patterned('full_name', '^[A-Za-z ]+$'), false],
    // an invalid pattern, another type, no pattern
    [patterned('code', '^[A-Z'), false],
    [field('postcode', 'textarea', { validation: { pattern: '^\\d{5}$' } }), false],
    [field('postcode', 'text'), false],
  ])('%#: %s', (f, holds) => expect(holdsPattern(f)).toBe(holds));
});

describe('relaxAnchors', () => {
  it.each<[string, string]>([
    ['^\\d{5}$', '(?<![A-Za-z0-9])\\d{5}(?![A-Za-z0-9])'],
    ['^a$|^b$', '(?<![A-Za-z0-9])a(?![A-Za-z0-9])|(?<![A-Za-z0-9])b(?![A-Za-z0-9])'],
    // inside a class or escaped, the characters are kept
    ['[^$]\\$\\^', '[^$]\\$\\^'],
  ])('%j', (pattern, relaxed) => expect(relaxAnchors(pattern)).toBe(relaxed));
});
