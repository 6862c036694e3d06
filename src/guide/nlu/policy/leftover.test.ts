import { describe, expect, it } from 'vitest';
import { field } from '../extract/test-helpers.js';
import type { Candidate } from './plan.js';
import { isBareSubject, isNoValueLeft, isOptionFragment } from './leftover.js';

const finish = field('finish', 'single_select', {
  opts: [
    ['matt', 'Matt / flat', 'flat-finish', 'chalky'],
    ['gloss', 'High gloss', 'glossy', 'shiny coat'],
  ],
});
const extras = field('extras', 'multi_select', {
  opts: [
    ['wax', 'Wax polish', 'hand-waxed'],
    ['trim', 'Trim repair'],
  ],
});
const fields = [finish, extras];
const chose = (f: string, value: unknown, span: string): Candidate => ({
  field: f,
  value,
  confidence: 0.9,
  extractor: 'verbatim-option',
  span,
});

describe('isBareSubject', () => {
  it.each(["she's", 'he is', "they're", 'hes', 'it has', "we've got", 'She is'])(
    '%j is a bare subject',
    (text) => expect(isBareSubject(text)).toBe(true),
  );
  it.each(["she's a collie", 'Shelby', 'is', 'has got', 'he is tall', 'heather'])('%j is not', (text) =>
    expect(isBareSubject(text)).toBe(false),
  );
});

describe('isOptionFragment', () => {
  const gloss = [chose('finish', 'gloss', 'gloss')];
  it.each<[string, Candidate[]]>([
    ['high', gloss],
    ['shiny', gloss],
    ['waxed', [chose('extras', ['wax', 'trim'], 'wax, trim')]],
  ])('%j is a piece of the chosen option', (text, typed) =>
    expect(isOptionFragment(text, typed, fields)).toBe(true),
  );
  it.each<[string, Candidate[]]>([
    ['walnut', gloss],
    ['shiny walnut', gloss],
    // a word of another option than the one chosen is no piece of it
    ['chalky', gloss],
    ['high', []],
    ['the', gloss],
  ])('%j is not', (text, typed) => expect(isOptionFragment(text, typed, fields)).toBe(false));
});

describe('isNoValueLeft', () => {
  it.each<[string, boolean]>([
    ["he's", true],
    ['high', true],
    ['oak sideboard', false],
    ['a miniature schnauzer', false],
  ])('%j → %s', (text, want) =>
    expect(isNoValueLeft(text, [chose('finish', 'gloss', 'gloss')], fields)).toBe(want),
  );
});
