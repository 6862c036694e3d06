import { describe, expect, it } from 'vitest';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { field } from '../extract/test-helpers.js';
import { movedOnFields, nextStepSelects } from './moved-on.js';
import type { Candidate } from './plan.js';

const fields = [
  field('name', 'text'),
  field('fax', 'phone'),
  field('employer', 'text'),
  field('team_size', 'number'),
  field('start', 'date'),
];
const view = (name: string, step: string, required: boolean, answered = false) => ({
  name,
  step_id: step,
  required,
  answered,
});
const snapshot = {
  fields: [
    view('name', 'you', true, true),
    view('fax', 'you', false),
    view('employer', 'work', true),
    view('team_size', 'work', true),
    view('start', 'when', true),
  ],
} as unknown as RunSnapshot;
const said = (...names: string[]): Candidate[] =>
  names.map((f) => ({ field: f, value: 1, confidence: 0.8, extractor: 'x' }));
const ask = (name: string) => fields.filter((f) => f.name === name);

describe('movedOnFields', () => {
  it.each<[string, string, Candidate[], string[]]>([
    ['an optional question answered by the next step', 'fax', said('team_size'), ['employer']],
    ['a value two steps on: the first later step found', 'fax', said('start', 'team_size'), ['employer']],
    ['only the farther step found', 'fax', said('start'), []],
    ['the optional field answered itself', 'fax', said('fax', 'team_size'), []],
    ['nothing found', 'fax', [], []],
    ['a required question is not passed', 'employer', said('start'), []],
  ])('%s', (_, asked, found, expected) =>
    expect(movedOnFields(snapshot, ask(asked), found, fields).map((f) => f.name)).toEqual(expected),
  );
});

describe('movedOnFields: a select found in the step moved on to', () => {
  const own = [
    field('plate', 'text'),
    field('mileage', 'number'),
    field('jobs', 'multi_select', { opts: [['oil', 'Oil change']] }),
    field('extra', 'text'),
    field('kind', 'single_select', { opts: [['a', 'A']] }),
  ];
  const steps = {
    fields: [
      view('plate', 'car', true, true),
      view('mileage', 'car', false),
      view('jobs', 'work', true),
      view('extra', 'work', false),
      view('kind', 'work', true),
    ],
  } as unknown as RunSnapshot;
  const ask = own.filter((f) => f.name === 'mileage');
  it.each<[string, Candidate[], string[]]>([
    ['is read as asked with the open fields beside it', said('jobs'), ['jobs', 'extra', 'kind']],
    ['two selects found: both read again', said('jobs', 'kind'), ['jobs', 'extra', 'kind']],
    ['nothing else open: nothing read again', said('jobs', 'kind', 'extra'), []],
  ])('%s', (_, found, expected) =>
    expect(movedOnFields(steps, ask, found, own).map((f) => f.name)).toEqual(expected),
  );
});

describe('nextStepSelects', () => {
  const own = [
    field('mileage', 'number'),
    field('plate', 'text'),
    field('jobs', 'multi_select', { opts: [['oil', 'Oil change']] }),
    field('extra', 'text'),
    field('when', 'single_select', { opts: [['am', 'Morning']] }),
  ];
  const state = (jobsAnswered = false) =>
    ({
      fields: [
        { ...view('plate', 'car', true, true), visible: true },
        { ...view('mileage', 'car', false), visible: true },
        { ...view('jobs', 'work', true, jobsAnswered), visible: true },
        { ...view('extra', 'work', false), visible: true },
        { ...view('when', 'later', true), visible: true },
      ],
    }) as unknown as RunSnapshot;
  const ask = (name: string) => own.filter((f) => f.name === name);
  it.each<[string, string, boolean, string[]]>([
    ['the next step’s open select, asked an optional field', 'mileage', false, ['jobs']],
    ['none when it is answered', 'mileage', true, []],
    ['none when a required field is asked', 'plate', false, []],
  ])('%s', (_, asked, answered, expected) =>
    expect(nextStepSelects(state(answered), ask(asked), own).map((f) => f.name)).toEqual(expected),
  );
});
