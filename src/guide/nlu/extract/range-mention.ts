import type { Option } from '../../../core/wizard/definition.js';
import { countableMentions } from './countable.js';
import { STOPWORDS, expandStem, stem, tokens } from './normalize.js';
import { matchRangeOption, moneyOptions, optionRanges, type RangeMatch } from './money.js';

/**
 * An unasked number said for a select whose options are ranges: an amount of money fills a select whose
 * labels are amounts of money ("about 2k" → "$1,000–$3,000"), and a number with the noun of the labels fills
 * a select whose labels count that noun ("a 2 bedroom apartment", "2-bed" → "2-3 bedrooms"). A bare number
 * or an amount for a select of counts fills neither: it says nothing of which field it answers.
 */

/**
 * Stems of the words the option labels count: the first word after a number that is no number or stopword
 * ("bedroom" of "2-3 bedrooms", "hour" of "Essentials — 4 hours (ceremony, couple portraits)"), not the
 * other words of a label ("portraits").
 */
function labelNouns(options: Option[]): Set<string> {
  return new Set(
    options.flatMap((o) =>
      [...o.label.matchAll(/\d[\d,.]*\+?\s*(?:[-\u2013\u2014]|to|or)?\s*(?:\d[\d,.]*\+?\s*)?([a-z]+)/gi)]
        .map((m) => m[1]!.toLowerCase())
        .filter((t) => !STOPWORDS.has(t) && t.length > 2)
        .map(stem),
    ),
  );
}

/**
 * The range option an unasked number in `utterance` fills (see the file comment); `named`: the field is
 * named in the words ("our budget is 30"), when any amount fills it.
 */
export function rangeMention(utterance: string, options: Option[], named: boolean): RangeMatch | null {
  if (!optionRanges(options)) return null;
  if (named) return matchRangeOption(utterance, options);
  const mentions = countableMentions(utterance);
  if (moneyOptions(options))
    return mentions.some((m) => m.money) ? matchRangeOption(utterance, options) : null;
  const nouns = labelNouns(options);
  for (const n of mentions) {
    if (n.money) continue;
    const after = tokens(utterance.slice(n.index + n.span.length).split(/[,;.!?]/)[0]!).slice(0, 2);
    const counts = after.some((w) => {
      const s = stem(w);
      return nouns.has(s) || [...expandStem(s)].some((x) => nouns.has(x));
    });
    if (counts) return matchRangeOption(`${n.span} ${after.join(' ')}`, options);
  }
  return null;
}
