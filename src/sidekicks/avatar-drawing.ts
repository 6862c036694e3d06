import { createHash } from 'node:crypto';
import { createAvatar } from '@dicebear/core';
import {
  adventurer,
  bottts,
  croodles,
  funEmoji,
  lorelei,
  personas,
  pixelArt,
  shapes,
  thumbs,
} from '@dicebear/collection';

/**
 * The embedded avatar generator: draws a deterministic SVG avatar from a prompt with DiceBear
 * (@dicebear/core + @dicebear/collection, MIT-licensed styles). The prompt's words choose the style (robot
 * words → `bottts`, pixel/retro → `pixelArt`, a woman → `lorelei`, a person → `personas`, an explorer or hero
 * → `adventurer`, a doodle → `croodles`, abstract → `shapes`, a smiley → `funEmoji`, anything else → `thumbs`)
 * and the colour (the first colour word: "a purple robot" → bottts in purple, with a light tint of it as
 * background); the whole normalised prompt is the seed, so the same prompt always draws the same picture.
 */

/** The DiceBear styles the generator picks from, by the name the API reports. */
const STYLES = { bottts, pixelArt, lorelei, personas, adventurer, croodles, shapes, funEmoji, thumbs };
export type AvatarStyle = keyof typeof STYLES;

/** Words that choose a style, checked in this order (the first style with a matching word wins). */
const STYLE_WORDS: Array<[AvatarStyle, string[]]> = [
  ['bottts', ['robot', 'bot', 'android', 'droid', 'machine', 'cyborg', 'mech', 'ai']],
  ['pixelArt', ['pixel', 'pixelated', 'retro', '8-bit', '8bit', 'arcade', 'game']],
  ['croodles', ['doodle', 'sketch', 'drawing', 'scribble', 'hand-drawn', 'crayon']],
  ['shapes', ['abstract', 'geometric', 'shape', 'shapes', 'pattern', 'logo', 'minimal']],
  ['funEmoji', ['emoji', 'smiley', 'smile', 'face', 'happy', 'grin']],
  ['lorelei', ['woman', 'girl', 'lady', 'she', 'her', 'queen', 'princess', 'female']],
  ['adventurer', ['explorer', 'adventurer', 'hero', 'astronaut', 'pirate', 'wizard', 'knight', 'cartoon']],
  ['personas', ['man', 'boy', 'guy', 'person', 'professional', 'teacher', 'doctor', 'he', 'male']],
];

/** Colour words and their hex value (no #), checked in prompt order. */
const COLOURS: Record<string, string> = {
  red: 'dc2626',
  crimson: 'b91c1c',
  orange: 'ea580c',
  amber: 'd97706',
  yellow: 'eab308',
  gold: 'ca8a04',
  golden: 'ca8a04',
  lime: '65a30d',
  green: '16a34a',
  mint: '34d399',
  teal: '0d9488',
  turquoise: '14b8a6',
  cyan: '06b6d4',
  blue: '2563eb',
  navy: '1e3a8a',
  indigo: '4f46e5',
  purple: '7e22ce',
  violet: '7c3aed',
  lavender: 'a78bfa',
  magenta: 'c026d3',
  pink: 'ec4899',
  brown: '92400e',
  black: '1f2937',
  grey: '6b7280',
  gray: '6b7280',
  silver: '9ca3af',
  white: 'e5e7eb',
};

/** The option of each style that carries its main colour. */
const MAIN_COLOUR_OPTION: Record<AvatarStyle, string | null> = {
  bottts: 'baseColor',
  pixelArt: 'clothingColor',
  lorelei: 'hairColor',
  personas: 'clothingColor',
  adventurer: 'hairColor',
  croodles: 'topColor',
  shapes: 'shape1Color',
  funEmoji: null,
  thumbs: 'shapeColor',
};

/** What the generator chose for a prompt. */
export interface AvatarChoice {
  style: AvatarStyle;
  /** The colour word's hex value (no #), or null when the prompt names none. */
  colour: string | null;
  /** The DiceBear seed: the normalised prompt. */
  seed: string;
}

/** A drawn avatar: the SVG's UTF-8 bytes, its content type, the ETag (sha256 hex) and what was chosen. */
export interface DrawnAvatar extends AvatarChoice {
  data: Buffer;
  contentType: 'image/svg+xml';
  etag: string;
}

/** The style, colour and seed for a prompt (see the module comment). `fallbackSeed` is used for an empty prompt. */
export function chooseAvatar(prompt: string | null | undefined, fallbackSeed = 'guidepost'): AvatarChoice {
  const seed = (prompt ?? '').toLowerCase().replace(/\s+/g, ' ').trim() || fallbackSeed.toLowerCase();
  const words = seed.split(/[^a-z0-9-]+/).filter(Boolean);
  const style = STYLE_WORDS.find(([, list]) => words.some((w) => list.includes(w)))?.[0] ?? 'thumbs';
  const colourWord = words.find((w) => w in COLOURS);
  return { style, colour: colourWord ? COLOURS[colourWord]! : null, seed };
}

/** Draws the avatar for a prompt (deterministic: the same prompt gives the same bytes). */
export function drawAvatar(prompt: string | null | undefined, fallbackSeed?: string): DrawnAvatar {
  const choice = chooseAvatar(prompt, fallbackSeed);
  const options: Record<string, unknown> = { seed: choice.seed, radius: 50 };
  if (choice.colour) {
    options.backgroundColor = [tint(choice.colour)];
    const main = MAIN_COLOUR_OPTION[choice.style];
    if (main) options[main] = [choice.colour];
    else options.backgroundColor = [choice.colour];
  } else {
    options.backgroundColor = ['e0e7ff', 'fce7f3', 'dcfce7', 'fef3c7', 'e0f2fe'];
  }
  const svg = createAvatar(STYLES[choice.style] as typeof bottts, options).toString();
  const data = Buffer.from(svg, 'utf8');
  return {
    ...choice,
    data,
    contentType: 'image/svg+xml',
    etag: createHash('sha256').update(data).digest('hex'),
  };
}

/** A light tint of a hex colour (85% towards white), for backgrounds. */
function tint(hex: string): string {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16);
    return Math.round(c + (255 - c) * 0.85)
      .toString(16)
      .padStart(2, '0');
  };
  return `${channel(0)}${channel(2)}${channel(4)}`;
}
