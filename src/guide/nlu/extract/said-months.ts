import * as chrono from 'chrono-node';

/**
 * A day said without its month ("the 2nd", "Saturday the 19th") is read by chrono as the coming one. Two
 * things said with it place it better: a month named alone earlier in the same words ("first week of
 * February, let's say the 2nd" → February's), and the weekday said with it ("Tuesday the 2nd" is a
 * Tuesday: the first coming month whose 2nd is one). A weekday said with a day and month but no year
 * ("Sunday 29 November") picks the year too: the one nearest the day of speaking where that day is that
 * weekday, which may lie behind it.
 */

const certainDay = (r: chrono.ParsedResult) => r.start.isCertain('day');
const certainMonth = (r: chrono.ParsedResult) => r.start.isCertain('month');

/**
 * Rereads each day said without its month after a month named without a day ("in February", "first week of
 * March", "next month") from the first of that month. Results are chrono's, in order; a day after a full
 * date is left to the reading of full dates.
 */
export function inNamedMonths(results: chrono.ParsedResult[], parser: chrono.Chrono): chrono.ParsedResult[] {
  let named: chrono.ParsedResult | undefined;
  return results.map((r) => {
    if (certainMonth(r)) {
      named = certainDay(r) ? undefined : r;
      return r;
    }
    if (!named || !certainDay(r)) return r;
    const first = new Date(named.start.get('year')!, named.start.get('month')! - 1, 1, 12);
    const reread = parser.parse(r.text, first, { forwardDate: true })[0];
    return reread && certainDay(reread) ? Object.assign(reread, { index: r.index + reread.index }) : r;
  });
}

/**
 * Moves each day said with a weekday but without its month ("Saturday the 19th") into the first month, from
 * the one chrono chose, whose day of that number falls on that weekday (within a year); unchanged when the
 * month is said or no month fits.
 */
export function onSaidWeekdays(results: chrono.ParsedResult[]): chrono.ParsedResult[] {
  for (const r of results) {
    const c = r.start;
    // chrono's results carry their parsing components, the only ones that take a changed month
    if (!(c instanceof chrono.ParsingComponents)) continue;
    if (!c.isCertain('weekday') || !certainDay(r) || certainMonth(r)) continue;
    const day = c.get('day')!;
    const weekday = c.get('weekday')!;
    const start = new Date(c.get('year')!, c.get('month')! - 1, 1, 12);
    for (let k = 0; k < 12; k++) {
      const d = new Date(start.getFullYear(), start.getMonth() + k, day, 12);
      if (d.getDate() !== day || d.getDay() !== weekday) continue;
      c.imply('month', d.getMonth() + 1).imply('year', d.getFullYear());
      break;
    }
  }
  return results;
}

/**
 * Sets the year of each day said with its weekday, day and month but no year ("Sunday 29 November", said on
 * 7 December 2026 → 2026, not chrono's coming 2027): of the year before chrono's and the one after, the one
 * where that day falls on that weekday, nearest `referenceDate`, when it is nearer than chrono's. Unchanged
 * when the year is said, the weekday already fits, or no such year is nearer ("Monday 15 December" said on
 * 6 December 2026, a Tuesday: the weekday is the slip).
 */
export function inSaidWeekdayYears(
  results: chrono.ParsedResult[],
  referenceDate: Date,
): chrono.ParsedResult[] {
  for (const r of results) {
    const c = r.start;
    if (!(c instanceof chrono.ParsingComponents)) continue;
    if (!c.isCertain('weekday') || !certainDay(r) || !certainMonth(r) || c.isCertain('year')) continue;
    const [day, month, weekday, year] = [c.get('day')!, c.get('month')!, c.get('weekday')!, c.get('year')!];
    if (new Date(year, month - 1, day, 12).getDay() === weekday) continue;
    const fits = [year - 1, year + 1]
      .map((y) => new Date(y, month - 1, day, 12))
      .filter((d) => d.getDate() === day && d.getDay() === weekday);
    const away = (d: Date) => Math.abs(d.getTime() - referenceDate.getTime());
    const nearest = fits.sort((a, b) => away(a) - away(b))[0];
    // "Monday 15 December" said nine days before a Tuesday 15 December: a slip of the weekday, not last year
    if (nearest && away(nearest) < away(new Date(year, month - 1, day, 12)))
      c.imply('year', nearest.getFullYear());
  }
  return results;
}
