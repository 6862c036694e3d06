import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import type { Candidate } from './plan.js';

/**
 * A time corrected by its minutes for a time field that already has a value ("wait, the time was 11:15 not
 * 11:45" when 23:45 was given): the person changes the minutes on the same hour of the clock and keeps the
 * half of the day they gave before, am or pm. A time said with its half ("11:15am", "11:15 in the morning",
 * "09:30") or on another hour ("make it 2") is taken as read. Pure.
 */

/** Words of a time that say its half of the day, or a 24-hour writing ("09:30", "13:00"). */
const HALF_SAID =
  /[ap]\.?\s?m\b|\b(?:morning|afternoon|evening|night|tonight|noon|midday|midnight)\b|\b(?:0\d|1[3-9]|2[0-3]):/i;

/** Hours and minutes of "HH:MM". */
function clock(value: unknown): [number, number] | null {
  const m = typeof value === 'string' ? /^(\d{2}):(\d{2})$/.exec(value) : null;
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/**
 * The candidates with a time for an answered time field said without its half, on the same hour of the
 * 12-hour clock as the current value, moved into the current value's half: 11:15 for 23:45 → 23:15.
 */
export function keepHalfOfDay(candidates: Candidate[], fields: Field[], snapshot: RunSnapshot): Candidate[] {
  return candidates.map((c) => {
    const field = fields.find((f) => f.name === c.field);
    const said = clock(c.value);
    const current = clock(snapshot.values[c.field]);
    if (field?.type !== 'time' || !said || !current || HALF_SAID.test(c.span ?? '')) return c;
    if (said[0] % 12 !== current[0] % 12 || said[0] === current[0]) return c;
    return { ...c, value: `${String(current[0]).padStart(2, '0')}:${String(said[1]).padStart(2, '0')}` };
  });
}
