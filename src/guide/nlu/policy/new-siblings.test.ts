import { describe, expect, it } from 'vitest';
import { field } from '../extract/test-helpers.js';
import { preferNewSiblings } from './new-siblings.js';
import type { Candidate } from './plan.js';

const fields = [field('meeting_time', 'time'), field('new_meeting_time', 'time'), field('room', 'text')];
const at = (name: string, value = '09:30'): Candidate => ({
  field: name,
  value,
  confidence: 0.8,
  extractor: 'chrono',
  span: '9:30',
});

describe('preferNewSiblings', () => {
  it.each([
    ['please add a meeting at 9:30', undefined, [at('new_meeting_time')]],
    ['9:30', 'What time should I set the new meeting for?', [at('new_meeting_time')]],
    ['move my 9:30 meeting', undefined, [at('meeting_time')]],
  ])('%s (agent: %s)', (utterance, agent, expected) =>
    expect(preferNewSiblings([at('meeting_time')], fields, utterance, agent)).toEqual(expected),
  );

  it('a value both fields took stays with the new one; other fields are untouched', () => {
    const room: Candidate = {
      field: 'room',
      value: 'Blue room',
      confidence: 0.8,
      extractor: 'x',
      span: 'Blue room',
    };
    expect(
      preferNewSiblings(
        [at('meeting_time'), at('new_meeting_time'), room],
        fields,
        'create one at 9:30 in the Blue room',
      ),
    ).toEqual([at('new_meeting_time'), room]);
  });

  it('forms without new_ fields are left alone', () => {
    const plain = [field('meeting_time', 'time')];
    expect(preferNewSiblings([at('meeting_time')], plain, 'add a meeting at 9:30')).toEqual([
      at('meeting_time'),
    ]);
  });
});
