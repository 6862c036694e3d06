import { describe, expect, it } from 'vitest';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { field } from '../extract/test-helpers.js';
import type { Candidate } from './plan.js';
import { withListAdditions } from './list-addition.js';

const jobs = field('jobs', 'multi_select', {
  opts: [
    ['oil', 'Oil change'],
    ['brakes', 'Brake inspection'],
    ['align', 'Wheel alignment'],
  ],
});
const style = field('style', 'single_select', { opts: [['cut', 'Cut']] });
const snapshot = (answered: boolean) =>
  ({
    fields: [
      { name: 'jobs', answered, value: answered ? ['oil'] : undefined },
      { name: 'style', answered: true, value: 'cut' },
    ],
  }) as unknown as RunSnapshot;
const said = (value: unknown, name = 'jobs'): Candidate[] => [
  { field: name, value, confidence: 0.9, extractor: 'verbatim-option' },
];
const run = (u: string, value: unknown, answered = true, asked = 'notes') =>
  withListAdditions(said(value), u, [jobs, style], snapshot(answered), asked)[0]!.value;

describe('withListAdditions', () => {
  it.each<[string, unknown, unknown]>([
    ['oh and a brake inspection too', ['brakes'], ['oil', 'brakes']],
    ['can you also do the alignment', ['align'], ['oil', 'align']],
    ['add an alignment as well please', ['align'], ['oil', 'align']],
    ['plus brakes', ['brakes'], ['oil', 'brakes']],
    // replacing, or no adding word: as said
    ['brake inspection instead', ['brakes'], ['brakes']],
    ['only the alignment, not the oil change too', ['align'], ['align']],
    ['brake inspection', ['brakes'], ['brakes']],
  ])('%s', (u, value, expected) => expect(run(u, value)).toEqual(expected));

  it('not to a list not answered yet', () =>
    expect(run('brakes too', ['brakes'], false)).toEqual(['brakes']));
  it('not to the field asked', () => expect(run('brakes too', ['brakes'], true, 'jobs')).toEqual(['brakes']));
  it('not to a single select', () =>
    expect(
      withListAdditions(said('cut', 'style'), 'a cut too', [jobs, style], snapshot(true), 'x')[0]!.value,
    ).toBe('cut'));
});
