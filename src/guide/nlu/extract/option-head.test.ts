import { describe, expect, it } from 'vitest';
import { headsOption, labelHead } from './option-head.js';
import { matchMultiOptions, matchSingleOption } from './options.js';
import { field } from './test-helpers.js';

const groom = field('service', 'single_select', {
  opts: [
    ['bath', 'Bath & brush'],
    ['full', 'Full groom (bath, dry, cut and nails)'],
    ['nails', 'Nail trim'],
  ],
});
/** The same services, values that are no words of the labels and the notes after a dash. */
const groomDash = field('service', 'single_select', {
  opts: [
    ['svc-1', 'Bath & brush'],
    ['svc-2', 'Full groom — bath, dry, cut and nails'],
    ['svc-3', 'Nail trim'],
  ],
});
const clean = field('clean', 'single_select', {
  opts: [
    ['standard', 'Standard clean'],
    ['deep', 'Deep clean (kitchen, bathrooms, oven, windows)'],
    ['oven', 'Oven clean'],
    ['windows', 'Windows only'],
  ],
});
const wash = field('wash', 'single_select', {
  opts: [
    ['deluxe', 'Deluxe wash - includes premium wax and tyre shine'],
    ['wax', 'Premium wax'],
    ['basic', 'Basic wash'],
  ],
});
/** Two options head "bath": a word of both heads is a tie. */
const twoBaths = field('service', 'single_select', {
  opts: [
    ['bath-brush', 'Bath & brush'],
    ['bath-cut', 'Bath & cut'],
    ['full', 'Full groom (bath, dry, cut and nails)'],
  ],
});
const extras = field('extras', 'multi_select', {
  opts: [
    ['full', 'Full groom (bath, dry, cut and nails)'],
    ['nails', 'Nail trim'],
    ['teeth', 'Teeth cleaning'],
  ],
});

describe('labelHead: a label without its bracketed note or its explanation after a dash', () => {
  it.each([
    ['Full groom (bath, dry, cut and nails)', 'Full groom'],
    ['Full groom — bath, dry, cut and nails', 'Full groom'],
    ['Half day - morning only', 'Half day'],
    ['Express – next working day', 'Express'],
    // ranges and single words after a dash are no explanation
    ['Mon - Fri', 'Mon - Fri'],
    ['9 am - 5 pm', '9 am - 5 pm'],
    ['$50 - $100', '$50 - $100'],
    ['Monday - Friday', 'Monday - Friday'],
    ['Pick-up and drop-off', 'Pick-up and drop-off'],
    ['(none)', '(none)'],
  ])('%s → %s', (label, head) => {
    expect(labelHead(label)).toBe(head);
  });
});

describe('headsOption: every word of the phrase is a word of the option name', () => {
  it.each([
    ['bath', { value: 'bath', label: 'Bath & brush', synonyms: [] }, true],
    ['baths', { value: 'x1', label: 'Bath & brush', synonyms: [] }, true],
    ['nails', { value: 'x3', label: 'Nail trim', synonyms: [] }, true],
    ['bath', { value: 'full', label: 'Full groom (bath, dry, cut and nails)', synonyms: [] }, false],
    ['bath', { value: 'full', label: 'Full groom — bath, dry, cut and nails', synonyms: [] }, false],
    ['wax', { value: 'x2', label: 'Premium', synonyms: ['wax'] }, true],
    ['the', { value: 'x2', label: 'Premium', synonyms: [] }, false],
  ])('%s heads %j: %s', (phrase, option, heads) => {
    expect(headsOption(phrase, option)).toBe(heads);
  });
});

describe('a word heading one option and only an aside of another chooses the option it heads', () => {
  it.each([
    ['just a bath', 'bath', groom],
    ['a bath please', 'bath', groom],
    ['the bath one', 'bath', groom],
    ['bath and brush', 'bath', groom],
    ['only the nails this time', 'nails', groom],
    ['just a bath', 'svc-1', groomDash],
    ['bath only', 'svc-1', groomDash],
    ['just his nails', 'svc-3', groomDash],
    ['the oven please', 'oven', clean],
    ['just the windows', 'windows', clean],
    ['the wax', 'wax', wash],
    ['premium please', 'wax', wash],
    // false-positive guards: an aside no other option heads still chooses, so do the heads themselves
    ['a cut', 'full', groom],
    ['dry and cut', 'full', groom],
    ['a full groom', 'full', groom],
    ['the full groom', 'svc-2', groomDash],
    ['a cut', 'svc-2', groomDash],
    ['the kitchen mostly', 'deep', clean],
    ['a deep clean', 'deep', clean],
    ['deluxe', 'deluxe', wash],
    ['tyre shine too', 'deluxe', wash],
  ])('%s → %s', (said, value, f) => {
    const m = matchSingleOption(said, f);
    expect(m?.option.value).toBe(value);
    expect(m!.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    ['bath', twoBaths],
    ['just a bath', twoBaths],
    ['a wash', wash],
    ['bath or nails', groom],
  ])('a word two options head is a tie, asked: %s', (said, f) => {
    const m = matchSingleOption(said, f);
    expect(m === null || m.confidence < 0.6).toBe(true);
  });

  it.each([
    ['the nails and teeth', ['nails', 'teeth']],
    ['full groom and teeth', ['full', 'teeth']],
    ['a bath and teeth cleaning', ['full', 'teeth']],
  ])('multi select: %s → %j', (said, values) => {
    expect(matchMultiOptions(said, extras)?.values).toEqual(values);
  });
});
