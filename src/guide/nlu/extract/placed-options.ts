import type { Field } from '../../../core/wizard/definition.js';
import { contentWords, lightStem } from '../../../core/content-words.js';
import { numberedOptions } from './numbered-option.js';
import { numberedLists } from './numbered-list.js';
import { optionRuns } from './option-runs.js';
import { bareMonths, datedOptions, optionRanges, optionsInMonth } from './dated-options.js';
import { neighbourOptions, optionsByLength } from './described-options.js';

/**
 * Options of a multi_select chosen by where they stand rather than by their words: by number ("weeks 1-4",
 * `numberedLists`), by place in the list ("the first two weeks", `optionRuns`) and by the days their labels
 * name ("june 28 thru july 2", `datedOptions`). One place that runs the three readers over an answer and says
 * which words they explained, so the words left are read for options said by name.
 */

/** Options chosen by place, with the words that chose them ([at, to) offsets in the normalized text). */
export interface PlacedOptions {
  indexes: number[];
  spans: Array<[number, number]>;
  extractor: string;
}

/**
 * The nouns an option list is named by: the noun beside the options' numbers ("week" of "Week 1: June
 * 21–25"), a word every label has, and the last word of the field's label ("weeks" of "Camp weeks").
 */
export function listNouns(field: Field): string[] {
  const options = field.options ?? [];
  const labels = options.map((o) => new Set(contentWords(o.label).filter((w) => !/\d/.test(w))));
  const shared = [...(labels[0] ?? [])].filter((w) => w.length > 2 && labels.every((l) => l.has(w)));
  const last = contentWords(field.label)
    .filter((w) => !/\d/.test(w))
    .pop();
  const numbered = numberedOptions(options).flatMap((n) => n.nouns.map(lightStem));
  return [...new Set([...numbered, ...shared, ...(last && last.length > 2 ? [last] : [])])];
}

/**
 * The options of multi_select `field` that normalized `text` chooses by number, place or date (see the file
 * comment), or null. `bare`: numbers said alone may be the options' numbers (the field was asked).
 */
export function placedOptions(
  text: string,
  field: Field,
  referenceDate: Date,
  bare = true,
): PlacedOptions | null {
  const options = field.options ?? [];
  if (options.length < 2) return null;
  const ranges = optionRanges(options, referenceDate);
  const monthAfter = (clause: string) => {
    const m = bareMonths(clause)[0];
    return m ? { month: m.month, to: m.to } : null;
  };
  const within = (month: number) => (ranges ? optionsInMonth(month, ranges) : []);
  const found: Array<{ indexes: number[]; spans: Array<[number, number]>; extractor: string }> = [];
  for (const l of numberedLists(text, options, bare))
    found.push({ indexes: l.indexes, spans: [[l.at, l.to]], extractor: 'numbered-list' });
  const nouns = listNouns(field);
  const free = (at: number, to: number) => !found.some((f) => f.spans.some(([a, b]) => at < b && a < to));
  for (const r of optionRuns(text, options.length, nouns, monthAfter, within))
    if (free(r.at, r.to)) found.push({ indexes: r.indexes, spans: [[r.at, r.to]], extractor: 'option-run' });
  // "the short week in July": the one option shortest by its days
  for (const d of ranges ? optionsByLength(text, ranges, nouns) : [])
    if (free(d.at, d.to))
      found.push({ indexes: [d.index], spans: [[d.at, d.to]], extractor: 'described-option' });
  // days and months said outside the words already read ("of the summer, in august" narrowed a run)
  const taken = found.flatMap((f) => f.spans);
  const open = taken.reduce((t, [a, b]) => t.slice(0, a) + ' '.repeat(b - a) + t.slice(b), text);
  const dated = ranges ? datedOptions(open, options, referenceDate) : null;
  if (dated) found.push({ ...dated, extractor: 'dated-option' });
  // "…, and the week after that": the neighbour of the options chosen by the words before
  const chosenBefore = (at: number) => {
    const before = found.filter((f) => f.spans.some(([, b]) => b <= at));
    const last = before.sort(
      (x, y) => Math.max(...y.spans.map((s) => s[1])) - Math.max(...x.spans.map((s) => s[1])),
    )[0];
    return last?.indexes ?? [];
  };
  for (const d of neighbourOptions(text, options.length, nouns, chosenBefore))
    if (free(d.at, d.to))
      found.push({ indexes: [d.index], spans: [[d.at, d.to]], extractor: 'described-option' });
  if (!found.length) return null;
  return {
    indexes: [...new Set(found.flatMap((f) => f.indexes))].sort((a, b) => a - b),
    spans: found.flatMap((f) => f.spans),
    extractor: found[0]!.extractor,
  };
}
