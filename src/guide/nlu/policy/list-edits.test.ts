import { describe, expect, it } from 'vitest';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { field } from '../extract/test-helpers.js';
import { LIST_EDIT, editedLists } from './list-edits.js';
import type { Candidate } from './plan.js';

const services = field('services', 'multi_select', {
  opts: [
    ['mowing', 'Lawn mowing', 'mow', 'lawn'],
    ['hedges', 'Hedge trimming', 'hedges'],
    ['weeding', 'Weeding'],
    ['gutters', 'Gutter cleaning', 'gutters'],
  ],
});
const fields = [services, field('notes', 'textarea')];
const snap = (value: unknown, answered = true) =>
  ({ fields: [{ name: 'services', answered, value }] }) as unknown as RunSnapshot;
const cand = (value: unknown): Candidate => ({
  field: 'services',
  value,
  confidence: 0.85,
  extractor: 'verbatim-option',
});
const edit = (utterance: string, found: Candidate[], earlier: unknown, answered = true) =>
  editedLists(found, utterance, fields, snap(earlier, answered)).find((c) => c.field === 'services')?.value;

describe('an answered list edited in words', () => {
  it.each([
    ['can you add weeding as well', [cand(['weeding'])], ['mowing'], ['mowing', 'weeding']],
    ['gutters too while you are there', [cand(['gutters'])], ['hedges'], ['hedges', 'gutters']],
    ['take the hedges off', [], ['mowing', 'hedges'], ['mowing']],
    [
      'please remove weeding, and add gutters',
      [cand(['gutters'])],
      ['weeding', 'mowing'],
      ['mowing', 'gutters'],
    ],
    ['forget about the lawn', [], ['mowing', 'gutters'], ['gutters']],
  ])('%s (had %j)', (utterance, found, earlier, want) =>
    expect(edit(utterance, found, earlier)).toEqual(want),
  );

  it.each([
    // a new list without adding words replaces the old one
    ['just weeding', [cand(['weeding'])], ['mowing'], ['weeding']],
    // nothing answered yet: the words are the list
    ['add weeding as well', [cand(['weeding'])], [], ['weeding'], false],
    // an option taken away that was never chosen changes nothing
    ['drop the gutters', [], ['mowing'], undefined],
  ])('%s (had %j) is left alone', (utterance, found, earlier, want, answered = true) =>
    expect(edit(utterance, found, earlier, answered)).toEqual(want),
  );

  it('marks an edited list and edits it once', () => {
    const once = editedLists([cand(['weeding'])], 'add weeding too', fields, snap(['mowing']));
    expect(once[0]!.extractor).toBe(LIST_EDIT);
    expect(editedLists(once, 'add weeding too', fields, snap(['mowing']))).toEqual(once);
  });
});

// a list answered on another step, joined to from the note's question ("anything else we should know?")
const jobs = field('jobs', 'multi_select', {
  opts: [
    ['oil', 'Oil change'],
    ['brakes', 'Brake inspection'],
    ['align', 'Wheel alignment'],
  ],
});
const style = field('style', 'single_select', { opts: [['cut', 'Cut']] });
const garage = (answered: boolean) =>
  ({
    fields: [
      { name: 'jobs', answered, value: answered ? ['oil'] : undefined },
      { name: 'style', answered: true, value: 'cut' },
    ],
  }) as unknown as RunSnapshot;
const said = (value: unknown, name = 'jobs'): Candidate[] => [
  { field: name, value, confidence: 0.9, extractor: 'verbatim-option' },
];
const join = (u: string, value: unknown, answered = true, asked = 'notes') =>
  editedLists(said(value), u, [jobs, style], garage(answered), asked)[0]!.value;

describe('an option added to a list answered before', () => {
  it.each<[string, unknown, unknown]>([
    ['oh and a brake inspection too', ['brakes'], ['oil', 'brakes']],
    ['can you also do the alignment', ['align'], ['oil', 'align']],
    ['add an alignment as well please', ['align'], ['oil', 'align']],
    ['plus brakes', ['brakes'], ['oil', 'brakes']],
    ['throw in a brake inspection while you are at it', ['brakes'], ['oil', 'brakes']],
    // replacing, or no adding word: as said
    ['brake inspection instead', ['brakes'], ['brakes']],
    ['only the alignment, not the oil change too', ['align'], ['align']],
    ['the alignment too rather than the oil change', ['align'], ['align']],
    ['brake inspection', ['brakes'], ['brakes']],
  ])('%s', (u, value, expected) => expect(join(u, value)).toEqual(expected));

  it('not to a list not answered yet', () =>
    expect(join('brakes too', ['brakes'], false)).toEqual(['brakes']));
  it('not to the field asked', () =>
    expect(join('brakes too', ['brakes'], true, 'jobs')).toEqual(['brakes']));
  it('the field asked still loses what is taken away', () =>
    expect(join('drop the oil change, brakes too', ['brakes'], true, 'jobs')).toEqual(['brakes']));
  it('not to a single select', () =>
    expect(editedLists(said('cut', 'style'), 'a cut too', [jobs, style], garage(true), 'x')[0]!.value).toBe(
      'cut',
    ));
});
