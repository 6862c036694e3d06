import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from './types.js';
import { countableMentions } from './countable.js';
import { STOPWORDS, stem, tokens } from './normalize.js';
import { unitNamed } from './units.js';
import { holdsPlainNumber } from './field-range.js';

/**
 * A number said after a noun that names one number field, with only reading words between ("odometer is
 * showing 61,250", "Odometer reads 27,480", "the mileage is more like 34 and a half thousand"), for that field,
 * even when the line answers a question about another (a text field). A field's nouns are the words of its
 * name and label (not "number", "amount" and the like), and the words of its description and hints that follow a determiner ("Miles on the
 * odometer" → odometer); a noun two number fields share names neither. The number must end its clause (or be
 * followed by a unit), hold no money and lie in the field's range.
 */

/** Words between a noun and its number: copulas, reading verbs and hedges. */
const LINKS = new Set(
  (
    "is was are be it it's 's reads read reading shows show showing says say saying at about around roughly " +
    'approximately approx like more less nearly almost just over under currently now probably maybe only ' +
    'exactly close to of on up reckon think guess'
  ).split(' '),
);
/** Words of a label that name no thing counted ("Number of guests", "Total amount"). */
const GENERIC = new Set([
  'number',
  'amount',
  'count',
  'total',
  'quantity',
  'value',
  'current',
  'many',
  'much',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'your', 'my', 'our', 'their', 'its', 'his', 'her', "pet's"]);
/** How many reading words may stand between the noun and the number. */
const MAX_GAP = 4;

/** The noun stems that name `field` (see the file comment). */
function fieldNouns(field: Field): string[] {
  const own = tokens(`${field.name.replace(/_/g, ' ')} ${field.label}`);
  const told = tokens([field.description ?? '', ...(field.extraction_hints ?? [])].join(' . '));
  const after = told.filter((w, i) => i > 0 && DETERMINERS.has(told[i - 1]!));
  return [
    ...new Set(
      [...own, ...after]
        .filter(
          (w) => !STOPWORDS.has(w) && !LINKS.has(w) && !GENERIC.has(w) && !unitNamed(w) && !/\d/.test(w),
        )
        .map(stem),
    ),
  ];
}

/** Appends to `out` a candidate (`cued-number`, 0.85) for each number its field's noun introduces (see the file comment). */
export function cuedNumberCandidates(utterance: string, fields: Field[], out: Candidate[]): void {
  const numbers = fields.filter((f) => f.type === 'number');
  const nouns = new Map(numbers.map((f) => [f, fieldNouns(f)]));
  const shared = (s: string) => numbers.filter((f) => nouns.get(f)!.includes(s)).length > 1;
  for (const n of countableMentions(utterance)) {
    if (n.money) continue;
    const after = utterance.slice(n.index + n.span.length);
    const word = /^\s*([a-z]+)/i.exec(after)?.[1];
    if (!/^\s*(?:[,;.!?]|$)/.test(after) && !(word && unitNamed(word))) continue;
    const clause =
      utterance
        .slice(0, n.index)
        .split(/[,;.!?](?!\d)/)
        .pop() ?? '';
    const words = tokens(clause);
    let at = words.length - 1;
    while (at >= 0 && words.length - 1 - at < MAX_GAP && LINKS.has(words[at]!)) at--;
    if (at < 0 || words.length - 1 - at > MAX_GAP) continue;
    const cue = stem(words[at]!);
    if (shared(cue)) continue;
    const field = numbers.find((f) => nouns.get(f)!.includes(cue));
    if (!field || out.some((c) => c.field === field.name) || !holdsPlainNumber(field, n.value)) continue;
    const start = clause.toLowerCase().lastIndexOf(words[at]!);
    out.push({
      field: field.name,
      value: n.value,
      confidence: 0.85,
      extractor: 'cued-number',
      span: utterance.slice(start, n.index + n.span.length),
    });
  }
}
