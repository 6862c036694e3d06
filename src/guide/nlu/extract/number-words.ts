/**
 * Cardinal number words that compromise can miss inside a hedge ("more like an eight", "kind of a six"):
 * two to ninety-nine in words. "one" is left out (it is mostly a pronoun: "that one", "the blue one").
 */

const UNITS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const DIGIT = 'one|two|three|four|five|six|seven|eight|nine';
const WORD = new RegExp(
  String.raw`\b(?:(${TENS})[\s-](${DIGIT})|(${Object.keys(UNITS).join('|')}))\b(?![\s-]*(?:hundred|thousand|million|billion|grand|k)\b)`,
  'gi',
);

/** A number said in words, with its offset. */
export interface NumberWord {
  value: number;
  span: string;
  index: number;
}

/** The number words in `text` ("an eight" → 8, "twenty-five" → 25), in order. */
export function numberWords(text: string): NumberWord[] {
  const out: NumberWord[] = [];
  for (const m of text.matchAll(WORD)) {
    const value = m[1]
      ? UNITS[m[1].toLowerCase()]! + (m[2]!.toLowerCase() === 'one' ? 1 : UNITS[m[2]!.toLowerCase()]!)
      : UNITS[m[3]!.toLowerCase()]!;
    out.push({ value, span: m[0], index: m.index });
  }
  return out;
}
