import { describe, expect, it } from 'vitest';
import type { Field } from '../../../core/wizard/definition.js';
import { defaultNlu } from '../nlu.js';
import { offeredAnswer } from './offered-answer.js';
import { field } from '../extract/test-helpers.js';

const extract = { referenceDate: new Date('2026-12-07T10:00:00'), defaultRegion: 'GB' };
const day = field('viewing_date', 'date', { label: 'Preferred viewing date' });
const time = field('viewing_time', 'time', { label: 'Preferred viewing time' });
const extras = field('must_haves', 'multi_select', { opts: [['parking', 'Parking']] });
const notes = field('notes', 'textarea');
const arrival = field('arrival_window', 'single_select', {
  opts: [
    ['morning', 'Morning (8–11am)', 'morning', 'early'],
    ['afternoon', 'Afternoon (2–5pm)', 'afternoon'],
  ],
});

describe('offeredAnswer', () => {
  it.each<[string, Field | undefined, unknown]>([
    ['Would Saturday 19th December be possible?', day, '2026-12-19'],
    ['is the 14th convenient?', day, '2026-12-14'],
    ['does Tuesday work?', day, '2026-12-08'],
    ['is 3pm ok?', time, '15:00'],
    // guards: no value put forward for approval, no asked field, a choice or free text asked
    ['Is it a problem if I am a student?', day, null],
    ['what days do you do viewings on Saturday?', day, null],
    ['Would Saturday 19th December be possible?', undefined, null],
    ['is parking available?', extras, null],
    ['would a note be ok?', notes, null],
    // a request at a time, asked a choice of time ranges: the range holding the time
    ['can they get there around nine?', arrival, 'morning'],
    ['could you come at 3pm?', arrival, 'afternoon'],
    // guards: option words in a request ask about the option; a request with no time offers nothing
    ['can they come in the morning?', arrival, null],
    ['can they bring their own vacuum?', arrival, null],
  ])('%s', (question, asked, value) =>
    expect(offeredAnswer(question, asked, defaultNlu, extract)?.value ?? null).toBe(value),
  );
});
