import { describe, expect, it } from 'vitest';
import { field } from '../extract/test-helpers.js';
import type { Candidate } from './plan.js';
import { isSelfRepair, withoutTakenClauses } from './taken-clauses.js';

const notes = field('notes', 'textarea');
const fields = [
  notes,
  field('arrival_date', 'date', { label: 'Arrival date' }),
  field('departure_date', 'date', { label: 'Departure date' }),
  field('pickup_time', 'time', { label: 'Pick-up time' }),
  field('smoker', 'boolean', { label: 'Smoker' }),
  field('talk_format', 'single_select', { label: 'Format' }),
  field('tracks', 'multi_select', { label: 'Tracks' }),
];
const value = (f: string, v: unknown, span: string): Candidate => ({
  field: f,
  value: v,
  confidence: 0.85,
  extractor: 'test',
  span,
});
const never = () => false;

describe('isSelfRepair', () => {
  it.each<[string, boolean]>([
    ['no wait, it was 12', true],
    ['sorry I meant Tuesday', true],
    ['scratch that', true],
    ['she waits by the door', false],
    ['no peanuts please', false],
  ])('%s → %s', (clause, expected) => expect(isSelfRepair(clause)).toBe(expected));
});

describe('withoutTakenClauses', () => {
  it.each<[string, Candidate[], string]>([
    // two values and little else: the clause is theirs
    [
      'staying from may 3 to may 9, he hates thunder',
      [value('arrival_date', '2030-05-03', 'may 3'), value('departure_date', '2030-05-09', 'may 9')],
      'he hates thunder',
    ],
    // one value in a clause that names its field
    ['picking him up at 5, give him his pills', [value('pickup_time', '17:00', '5')], 'give him his pills'],
    // a self-repair is no note
    ['no wait he is 12. he gets one pill a day', [], 'he gets one pill a day'],
    // one value in the person's own story stays in it
    [
      'it started on may 3 and he limps',
      [value('arrival_date', '2030-05-03', 'may 3')],
      'it started on may 3 and he limps',
    ],
    // the option word that is also a word of its field's name ("talk" of "talk format") names no field
    [
      'retries double charge. this talk walks through our payments api, and the races we hit',
      [value('talk_format', 'talk', 'talk'), value('tracks', ['apis'], 'api')],
      'retries double charge. this talk walks through our payments api, and the races we hit',
    ],
    // guard: the field named apart from its value still gives it away
    [
      'the talk format is a workshop, it covers retries',
      [value('talk_format', 'workshop', 'workshop')],
      'it covers retries',
    ],
    // a yes/no's words are part of the description
    [
      'he smokes, so the room must be airy',
      [value('smoker', true, 'he smokes')],
      'he smokes, so the room must be airy',
    ],
  ])('%s', (text, others, expected) => {
    expect(withoutTakenClauses(text, notes, others, fields, never)).toBe(expected);
  });

  it('uses the re-reading of a clause when the value was normalised', () => {
    const others = [value('pickup_time', '17:00', 'at 5:00 pm')];
    const holds = (clause: string) => clause.includes('picking');
    expect(
      withoutTakenClauses('picking her up at 5 in the evening. she is shy', notes, others, fields, holds),
    ).toBe('she is shy');
  });
});
