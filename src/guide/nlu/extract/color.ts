import { normalize } from './normalize.js';

/**
 * Colours as said: a hex code ("#123456", "#abc"), "rgb(…)", or a colour word with modifiers ("dark blue",
 * "light sea green", "navy"). The value is kept as said (lowercased words); the field type normalises it.
 */

const BASE = [
  'red',
  'green',
  'blue',
  'yellow',
  'orange',
  'purple',
  'violet',
  'pink',
  'brown',
  'black',
  'white',
  'gray',
  'grey',
  'cyan',
  'magenta',
  'teal',
  'navy',
  'maroon',
  'olive',
  'lime',
  'aqua',
  'turquoise',
  'indigo',
  'gold',
  'silver',
  'beige',
  'tan',
  'coral',
  'salmon',
  'crimson',
  'lavender',
  'mint',
  'peach',
  'plum',
  'khaki',
  'ivory',
  'charcoal',
  'burgundy',
  'mauve',
  'fuchsia',
  'emerald',
  'scarlet',
  'amber',
  'cream',
  'rose',
  'sky blue',
  'sea green',
];
const MODIFIERS = [
  'dark',
  'light',
  'pale',
  'bright',
  'deep',
  'pastel',
  'neon',
  'navy',
  'royal',
  'baby',
  'forest',
  'sky',
  'sea',
  'hot',
  'dusty',
  'warm',
  'cool',
  'soft',
  'vivid',
  'muted',
];

const HEX = /#(?:[0-9a-f]{6}|[0-9a-f]{3})\b/i;
const RGB = /\brgba?\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}(?:\s*,\s*[\d.]+)?\s*\)/i;
const WORDS = new RegExp(
  String.raw`\b((?:(?:${MODIFIERS.join('|')})[\s-]+){0,2}(?:${BASE.sort((a, b) => b.length - a.length).join('|')})(?:ish)?)\b`,
  'i',
);

/** The first colour said in `utterance`, or null. */
export function findColor(utterance: string): { value: string; span: string; confidence: number } | null {
  const hex = HEX.exec(utterance) ?? RGB.exec(utterance);
  if (hex) return { value: hex[0].toLowerCase(), span: hex[0], confidence: 0.97 };
  const m = WORDS.exec(normalize(utterance));
  if (m && m[1]) return { value: m[1].replace(/-/g, ' '), span: m[1], confidence: 0.9 };
  return null;
}
