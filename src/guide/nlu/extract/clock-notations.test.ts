import { describe, expect, it } from 'vitest';
import { clockNotationsToColon } from './clock-notations.js';
import { findTime } from './dates.js';
import { ctx } from './test-helpers.js';

describe('the 24-hour clock written with an "h" or a dot', () => {
  it.each([
    ['the 22 of next month at 19h', 'the 22 of next month at 19:00'],
    ['19h30', '19:30'],
    ['at 7h', 'at 07:00'],
    ['from 9h to 17h', 'from 09:00 to 17:00'],
    ['ceremony start 16.00', 'ceremony start 16:00'],
    ['it starts 14.30', 'it starts 14:30'],
    ['from 9.30 to 17.30', 'from 9:30 to 17:30'],
  ])('%s → %s', (u, v) => expect(clockNotationsToColon(u)).toBe(v));

  it.each(['12h a week', 'for 8h', 'it costs 16.00', 'start 3.5', 'on 5.6.2027', 'about 2.30 hours', '24h'])(
    'guard — %s stays',
    (u) => expect(clockNotationsToColon(u)).toBe(u),
  );

  it.each([
    ['the 22 of next month at 19h', '19:00'],
    ['we marry in 2027 the 14 august, ceremony start 16.00', '16:00'],
    ['doors at 18h30', '18:30'],
  ])('%s reads %s', (u, v) => expect(findTime(u, ctx.referenceDate)?.time).toBe(v));
});
