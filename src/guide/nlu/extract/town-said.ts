import nlp from 'compromise';
import { STOPWORDS } from './normalize.js';

/**
 * The town a place is said in, when a spot in it (a shop, a street, a car park) is named first: "at the
 * Wells Fargo on Glenwood Ave in Raleigh" → Raleigh, "Naperville IL, on Ogden Ave" → Naperville IL, "4100
 * Holcomb Bridge Rd, Norcross GA" → Norcross GA, "in the Northgate mall parking lot in Seattle" → Seattle.
 * Pure; compromise's lexicon of cities and regions tells towns from other words.
 */

/** Street words that end a street's name, not a town's ("Bridge Rd, Norcross GA"). */
const STREET_WORD =
  /^(?:rd|road|st|street|ave|avenue|dr|drive|blvd|ln|lane|hwy|highway|way|pkwy|parkway|ct|pl)\.?$/i;

/** Whether `word` is a state or province: an upper-case two-letter code or a region compromise knows. */
function isRegion(word: string): boolean {
  return /^\p{Lu}{2}$/u.test(word) || nlp(word).has('#Region');
}

/** Whether `word` may be part of a town's name: no function word, number or street word. */
function isTownWord(word: string): boolean {
  return /^\p{L}[\p{L}'’.-]*$/u.test(word) && !STOPWORDS.has(word.toLowerCase()) && !STREET_WORD.test(word);
}

/**
 * The town said just before the region word at `at` in `words`: up to three capitalised words ("Las Vegas
 * NV", "Dublin, Ohio"), or one lowercase word before a region's name ("wausau wisconsin"). Empty when none.
 */
function townBefore(words: string[], at: number): string[] {
  const town: string[] = [];
  for (let i = at - 1; i >= 0 && town.length < 3; i--) {
    const raw = words[i]!;
    const word = raw.replace(/[,]$/, '');
    // only the word right before the region may end with its comma ("Dublin, Ohio")
    if (raw !== word && i !== at - 1) break;
    if (!isTownWord(word)) break;
    if (!/^\p{Lu}/u.test(word) && (town.length > 0 || /^\p{Lu}{2}$/u.test(words[at]!))) break;
    town.unshift(word);
    if (!/^\p{Lu}/u.test(word)) break;
  }
  return town;
}

/**
 * The first town said with its state or province ("Naperville IL", "Dublin, Ohio"), else the first city
 * compromise knows ("Raleigh", "nashville"), else a name closing the line after a street ("Flamingo Rd and
 * Maryland Pkwy, Las Vegas"). Null when `utterance` names neither; a region alone ("in Ohio")
 * is no town.
 */
export function townSaid(utterance: string): string | null {
  const words = utterance.split(/\s+/).map((w) => w.replace(/[.;:!?)]+$/, ''));
  for (let i = 1; i < words.length; i++) {
    const region = words[i]!.replace(/,$/, '');
    if (!isRegion(region)) continue;
    const town = townBefore(words, i);
    if (town.length && !isRegion(town.join(' '))) return `${town.join(' ')}, ${region}`;
  }
  const city = (nlp(utterance).match('#City+').out('array') as string[])[0];
  if (city) return city.replace(/[.,;:!?]+$/, '');
  // "Flamingo Rd and Maryland Pkwy, Las Vegas": the name closing the line after a street is its town
  const after = /\b(\S+),\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)[.!]?\s*$/u.exec(utterance);
  return after && STREET_WORD.test(after[1]!) && after[2]!.split(/\s+/).every(isTownWord) ? after[2]! : null;
}

/**
 * A place `value` completed with the town said around it (`townSaid`): "Wells Fargo on Glenwood Ave" of "at
 * the Wells Fargo on Glenwood Ave in Raleigh" → "Wells Fargo on Glenwood Ave, Raleigh". Null when no town
 * is said or `value` already holds it (or is it).
 */
export function placeWithTown(value: string, utterance: string): string | null {
  const town = townSaid(utterance);
  if (!town) return null;
  const lower = value.toLowerCase();
  const head = town.split(/[\s,]+/)[0]!.toLowerCase();
  if (lower.includes(head) || town.toLowerCase().includes(lower)) return null;
  return `${value}, ${town}`;
}
