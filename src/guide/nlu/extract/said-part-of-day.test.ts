import { describe, expect, it } from 'vitest';
import { findDateTimes } from './dates.js';

const ref = new Date(2026, 11, 7, 12); // Monday 7 December 2026
const timeOf = (u: string) => findDateTimes(u, ref).find((m) => m.hasTime)?.time;

describe('the part of the day said before a time settles its half', () => {
  it.each([
    ['I noticed it was gone Thursday morning Dec 10th around 6:45 when I went to leave for work', '06:45'],
    ['sunday night, about 11:15', '23:15'],
    ['Saturday night, around 1:30', '01:30'],
    // an afternoon hour of 7–11 is left as read
    ['it was Friday afternoon, about 10:30', '10:30'],
    ['this evening, 6:15', '18:15'],
    // guards: the part of the day after the time or in another sentence, denied, both said, 24-hour digits
    ['we close at 5 and open in the morning', '17:00'],
    ['pick up at 6:30. morning would be ideal', '18:30'],
    ['not in the morning, around 6:30', '18:30'],
    ['morning or evening, 6:30 either way', '18:30'],
    ['Saturday morning at 13:30', '13:30'],
  ])('%s → %s', (u, want) => expect(timeOf(u)).toBe(want));
});
