import { describe, expect, it } from 'vitest';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { field } from '../extract/test-helpers.js';
import { answeredTarget } from './answered-target.js';

const fields = [field('full_name', 'text'), field('event_date', 'date'), field('guests', 'number')];
const snapshot = {
  fields: [
    { name: 'full_name', answered: true, value: 'Ada Lovelace', provenance: { source: 'user' } },
    { name: 'event_date', answered: true, value: '2027-06-12', provenance: { source: 'default' } },
    { name: 'guests', answered: false },
  ],
} as unknown as RunSnapshot;

describe('answeredTarget', () => {
  it.each<[string, string | undefined]>([
    ['full_name', 'Ada Lovelace'], // answered by the person
    ['event_date', undefined], // only a default: nothing the person said to protect
    ['guests', undefined], // not answered
    ['unknown_field', undefined], // not a field of the wizard
  ])('%s → %s', (name, value) => {
    expect(answeredTarget({ field: name }, fields, snapshot)?.view.value).toBe(value);
  });
});
