import { describe, expect, it } from 'vitest';
import { extractAll } from './all.js';
import { matchSingleOption } from './options.js';
import { field } from './test-helpers.js';

/** An option refused ("I don't want a workshop") with another option's quantity said: that option is chosen. */
const format = field('talk_format', 'single_select', {
  opts: [
    ['lightning', 'Lightning talk (5 min)'],
    ['session', 'Session talk (30 min)'],
    ['deep-dive', 'Deep dive (45 min)'],
    ['workshop', 'Hands-on workshop (2 hours)', 'workshop'],
  ],
});
const room = field('room', 'single_select', {
  opts: [
    ['single', 'Single room (1 bed)'],
    ['double', 'Double room (2 beds)'],
    ['suite', 'Suite'],
  ],
});
const ctx = { referenceDate: new Date('2026-12-06T00:00:00Z'), defaultRegion: 'US' } as never;

describe('a refused option and a quantity', () => {
  it.each([
    [format, "wait go back, I don't want to do a workshop. make it a normal 30 min talk", 'session'],
    [format, 'no workshop please, the 45 minute one', 'deep-dive'],
    [format, "I don't need a deep dive, a 5 min slot is plenty", 'lightning'],
    [room, "we don't want the suite, 2 beds is fine", 'double'],
    [format, "I don't want to do a workshop", null],
    [format, "I'd rather not do a lightning talk", null],
  ])('%#: %s → %s', (f, utterance, value) => {
    expect(matchSingleOption(utterance, f)?.option.value ?? null).toBe(value);
    const c = extractAll(utterance, [f], ctx).find((x) => x.field === f.name);
    expect(c?.value ?? null).toBe(value);
  });
});
