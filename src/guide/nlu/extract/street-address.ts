import { STOPWORDS } from './normalize.js';

/**
 * A street address said with its place: "48 Lakeshore Rd E, Oakville, Ontario", "455 Ellice Ave Winnipeg MB",
 * "the place is 12 Cove Road, Chester", "1140 rue Saint-Laurent, Lévis", "RR 2 Site 5 Box 14, Olds, Alberta".
 * Split into the street (number, name, type and direction; or a rural route and box), the place after it
 * (a town with the region and postcode said with it) and the town alone. Pure.
 */

/** Street types said after the street's name ("Beach Rd", "Oak Bay Avenue"). */
const STREET_TYPES =
  'rd|road|st|street|ave|av|avenue|pde|parade|dr|drive|ln|lane|cres|crescent|pl|place|hwy|highway|ct|court|crt|tce|terrace|way|blvd|boulevard|cl|close|gr|grove|cir|circle|sq|square|trl|trail|pkwy|parkway|row|mews|line|sideroad';
/** Street types said before the street's name ("rue Saint-Laurent", "Avenue J South", "chemin du Lac"). */
const LEADING_TYPES = 'rue|avenue|ave|chemin|ch|boulevard|boul|route|rang|place|calle';
const DIRECTION = String.raw`(?:\s+(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\b\.?)?`;
const NUMBER = String.raw`(?:(?:unit|apt|suite|#)\s*\d+[a-z]?\s*[,/-]?\s*)?\d+[a-z]?(?:\s*[/-]\s*\d+[a-z]?)?`;
const NAME_WORD = String.raw`[\p{L}\d'’.-]+`;
/** "48 Lakeshore Rd E", "5012 49th St": a number, 1–3 name words, the type, a direction. */
const TYPED_LAST = String.raw`${NUMBER}\s+(?:${NAME_WORD}\s+){1,3}?(?:${STREET_TYPES})\b\.?${DIRECTION}`;
/** "1140 rue Saint-Laurent", "305 Avenue J South": a number, the type, 1–3 name words up to a comma. */
const TYPED_FIRST = String.raw`${NUMBER}\s+(?:${LEADING_TYPES})\s+${NAME_WORD}(?:\s+${NAME_WORD}){0,2}(?=\s*,)`;
/** "RR 2 Site 5 Box 14", "R.R. 3", "PO Box 220": a rural route or a box. */
const RURAL = String.raw`(?:(?:RR|R\.R\.|rural route)\s*#?\s*\d+(?:,?\s+site\s+\d+)?(?:,?\s+(?:box|comp)\s+\d+)?|(?:P\.?\s?O\.?\s+)?box\s+\d+)`;
const STREET = new RegExp(String.raw`(?<![\p{L}\d])(?:${RURAL}|${TYPED_FIRST}|${TYPED_LAST})`, 'iu');

/** A region or postcode said after the town: "MB", "P.E.I.", "NSW 2034", "ON L6J 1A1", "02139". */
const REGION_CODE = /^(?:\p{Lu}\.?){2,4}$/u;
const POSTCODE = /^(?:\d{4,5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$/i;
/** A short word or initials written with dots: "St.", "Mt.", "P.E.I.". */
const ABBREVIATED = /^(?:\p{Lu}\p{Ll}{0,2}\.|(?:\p{Lu}\.){2,})$/u;
/** Words a town's name may hold in lower case ("Niagara-on-the-Lake", "Saint-Jean-sur-Richelieu", "Bay of Islands"). */
const TOWN_PARTICLES = new Set(['of', 'on', 'the', 'upon', 'de', 'du', 'des', 'la', 'le', 'sur', 'en']);

/** A street address said in an utterance: the street, the place after it, and the town of that place. */
export interface SaidAddress {
  /** "48 Lakeshore Rd E" */
  street: string;
  /** the words after the street that name where it is: "Oakville, Ontario", "Winnipeg MB" */
  place: string;
  /** the town alone: "Oakville", "Winnipeg" */
  town: string;
}

/** Whether `word` can start or continue a town's name: capitalised (or a particle inside it), no digit. */
function townWord(word: string, first: boolean): boolean {
  if (/\d/.test(word)) return false;
  return /^\p{Lu}/u.test(word) || (!first && TOWN_PARTICLES.has(word.toLowerCase()));
}

/**
 * The town at the start of `text` (the words after a street), and where the place it opens ends: a run of
 * capitalised words, without a region code or postcode that ends it, nor a region said as a whole word that
 * `isRegion` accepts ("Oakville Ontario"). Null when `text` opens with no capitalised word.
 */
function townAt(text: string, isRegion: (phrase: string) => boolean): { town: string; place: string } | null {
  const commaParts = text.split(',').map((p) => p.trim());
  const head = commaParts[0] ?? '';
  const words = head.split(/\s+/).filter(Boolean);
  const run: string[] = [];
  for (const w of words) {
    // "St. John's", "P.E.I.": the dot of an abbreviation is no sentence's end
    const clean = ABBREVIATED.test(w) ? w : w.replace(/[.!?;:]+$/, '');
    if (
      !townWord(clean, run.length === 0) &&
      !(run.length && (REGION_CODE.test(clean) || POSTCODE.test(clean)))
    )
      break;
    run.push(clean);
    if (clean !== w) break;
  }
  while (run.length && TOWN_PARTICLES.has(run[run.length - 1]!.toLowerCase())) run.pop();
  if (!run.length) return null;
  // "Winnipeg MB", "Charlottetown PEI", "Oakville Ontario L6J 1A1": the region and postcode end the place
  let end = run.length;
  while (end > 1 && (REGION_CODE.test(run[end - 1]!) || POSTCODE.test(run[end - 1]!))) end--;
  for (let n = Math.min(3, end - 1); n >= 1; n--)
    if (isRegion(run.slice(end - n, end).join(' '))) {
      end -= n;
      break;
    }
  const town = run.slice(0, end).join(' ');
  // the region and postcode said in the comma parts after the town belong to the place too
  const place = [run.join(' ')];
  for (const part of commaParts.slice(1)) {
    const bits = part.split(/\s+/);
    if (!part || !bits.every((b) => REGION_CODE.test(b) || POSTCODE.test(b) || isRegion(part))) break;
    place.push(part);
  }
  return { town, place: place.join(', ') };
}

/**
 * The street address said in `utterance` with the place after it, or null when no street with a place is
 * said. `isRegion` tells a region said as words ("Ontario", "Nova Scotia") from a town's name.
 */
export function saidAddress(
  utterance: string,
  isRegion: (phrase: string) => boolean = () => false,
): SaidAddress | null {
  const m = STREET.exec(utterance);
  if (!m) return null;
  const street = m[0].trim();
  // "2 kids at St Mary's": a function word between the number and the type names no street
  if (street.split(/\s+/).some((w) => STOPWORDS.has(w))) return null;
  const after = utterance.slice(m.index + m[0].length).replace(/^\s*,?\s*/, '');
  const found = townAt(after, isRegion);
  return found ? { street, ...found } : null;
}
