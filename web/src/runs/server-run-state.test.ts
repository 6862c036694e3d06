import { describe, expect, it } from 'vitest';
import { createRunEvent } from '../../../src/core/events/run-events';
import { ApiProblem } from '../api/problem';
import { builtinWizard } from '../wizards/builtin';
import { INITIAL, serverRunReducer, withPending } from './server-run-state';

const definition = builtinWizard('lead-capture')!;
const start = {
  seq: 1,
  event: createRunEvent('wizard_start', {
    wizard_id: definition.id,
    wizard_version: 1,
    step_id: 'contact',
    defaults: {},
    reference_date: '2026-01-05',
    actor: 'form',
  }),
};
const name = (seq: number, value: string) => ({
  seq,
  event: createRunEvent('wizard_field_update', {
    field: 'full_name',
    value,
    previous: null,
    actor: 'form',
    cleared: [],
  }),
});

describe('serverRunReducer', () => {
  it('folds each event once, in seq order, also when a reconnect replays it', () => {
    let s = serverRunReducer(INITIAL, { type: 'loaded', definition, events: [start] });
    expect(s.status).toBe('ready');
    s = serverRunReducer(s, { type: 'event', stored: name(2, 'Ada') });
    s = serverRunReducer(s, { type: 'event', stored: name(2, 'Ada') });
    expect(s.events).toHaveLength(2);
    expect(s.lastSeq).toBe(2);
    expect(s.state?.values.full_name).toBe('Ada');
  });

  it('shows a typed value until the log holds it, and never rewinds to an older echo', () => {
    let s = serverRunReducer(INITIAL, { type: 'loaded', definition, events: [start] });
    s = serverRunReducer(s, { type: 'typed', field: 'full_name', value: 'Ada' });
    s = serverRunReducer(s, { type: 'settled', field: 'full_name', value: 'Ada', seq: 2 });
    s = serverRunReducer(s, { type: 'typed', field: 'full_name', value: 'Ada L' });
    s = serverRunReducer(s, { type: 'event', stored: name(2, 'Ada') });
    expect(withPending(s.state!, s.pending).values.full_name).toBe('Ada L');
    s = serverRunReducer(s, { type: 'settled', field: 'full_name', value: 'Ada L', seq: 3 });
    s = serverRunReducer(s, { type: 'event', stored: name(3, 'Ada L') });
    expect(s.pending).toEqual({});
    expect(withPending(s.state!, s.pending).values.full_name).toBe('Ada L');
  });

  it('drops a refused value', () => {
    let s = serverRunReducer(INITIAL, { type: 'loaded', definition, events: [start] });
    s = serverRunReducer(s, { type: 'typed', field: 'email', value: 'x' });
    s = serverRunReducer(s, { type: 'settled', field: 'email', value: 'x', seq: null });
    expect(s.pending).toEqual({});
  });
});

describe('ApiProblem', () => {
  it('maps invalid_params to form fields and run problems', () => {
    const p = new ApiProblem(422, 'cannot go next', {
      invalid_params: [
        { name: 'values.email', reason: 'Email is required' },
        { name: 'body.values.phone', reason: 'not a phone number' },
      ],
    });
    expect(p.runProblems()).toEqual([
      { field: 'email', message: 'Email is required' },
      { field: 'phone', message: 'not a phone number' },
    ]);
    expect(
      new ApiProblem(400, 'bad', { invalid_params: [{ name: 'body.email', reason: 'Invalid' }] }).reasonFor(
        'email',
      ),
    ).toBe('Invalid');
    expect(new ApiProblem(409, 'the run is completed').runProblems()).toEqual([
      { message: 'the run is completed' },
    ]);
  });
});
