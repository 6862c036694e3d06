import { describe, expect, it } from 'vitest';
import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { defaultNlu } from '../nlu.js';
import { field } from '../extract/test-helpers.js';
import { unsaidField } from './described-turn.js';

const a = field('a', 'textarea');
const b = field('b', 'textarea');
const c = field('c', 'textarea');
const d = field('d', 'text');
const fields = [a, b, c, d];

function turnWith(answered: string[], asked: Field[], found: string[]) {
  const snapshot = {
    current_step_id: 'one',
    fields: fields.map((f) => ({
      name: f.name,
      step_id: 'one',
      answered: answered.includes(f.name),
      visible: true,
    })),
  } as unknown as RunSnapshot;
  return {
    nlu: defaultNlu,
    utterance: '',
    found: found.map((name) => ({ field: name, value: 'x', confidence: 0.9, extractor: 'test' })),
    asked,
    fields,
    snapshot,
    extract: { referenceDate: new Date(2026, 11, 1), defaultRegion: 'US' },
  };
}

describe('unsaidField: the first wanted field nobody has given yet', () => {
  const long = (f: Field) => f.type === 'textarea';
  it.each([
    ['none given', [], [], [], 'a'],
    ['answered in the run', ['a'], [], [], 'b'],
    ['asked this turn', [], [a], [], 'b'],
    ['found in the words', [], [], ['a', 'b'], 'c'],
    ['all long ones given', ['a'], [b], ['c'], undefined],
  ])('%s', (_, answered, asked, found, expected) => {
    expect(unsaidField(turnWith(answered as string[], asked as Field[], found as string[]), long)?.name).toBe(
      expected,
    );
  });
});
