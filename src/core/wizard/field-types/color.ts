import colorString from 'color-string';
import { z } from 'zod';
import type { FieldTypeModule } from './field-type.js';
import { EMPTY_MESSAGE, fail, ok, withCustomError } from './rules.js';

const HEX = /^#[0-9a-f]{6}$/;
type Rgb = [number, number, number];

/** HSL (h in degrees, s and l in %) to RGB 0–255, per CSS Color 4 §7.1 (https://www.w3.org/TR/css-color-4/#hsl-to-rgb). */
function hslToRgb(hue: number, s: number, l: number): Rgb {
  const h = ((hue % 360) + 360) % 360;
  const sat = s / 100;
  const light = l / 100;
  const f = (n: number): number => {
    const k = (n + h / 30) % 12;
    const a = sat * Math.min(light, 1 - light);
    return light - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return [f(0) * 255, f(8) * 255, f(4) * 255];
}

/** HWB (h in degrees, w and b in %) to RGB 0–255, per CSS Color 4 §8.1 (https://www.w3.org/TR/css-color-4/#hwb-to-rgb). */
function hwbToRgb(h: number, w: number, b: number): Rgb {
  const white = w / 100;
  const black = b / 100;
  if (white + black >= 1) {
    const grey = (white / (white + black)) * 255;
    return [grey, grey, grey];
  }
  return hslToRgb(h, 100, 50).map((c) => (c / 255) * (1 - white - black) * 255 + white * 255) as Rgb;
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb
    .slice(0, 3)
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/**
 * `color`: an opaque colour. Canonical value: "#rrggbb", lowercase.
 *
 * Accepts anything color-string (https://github.com/Qix-/color-string) parses: "#RGB", "#RRGGBB", "#RGBA",
 * "#RRGGBBAA", "rgb(r, g, b)", "rgba(…)", "hsl(h, s%, l%)", "hwb(…)" and the 148 CSS named colours
 * ("rebeccapurple"), any case. A colour with transparency (alpha < 1, "transparent") is refused, since
 * "#rrggbb" cannot hold it. Errors: "is empty", "is not a valid colour", "must be a solid colour (no
 * transparency)". Rules: `custom_error` only. `format`: the hex string.
 */
export const colorField: FieldTypeModule<string> = {
  type: 'color',
  valueSchema: z.string().regex(HEX),
  normalise(raw) {
    if (raw === undefined || raw === null) return fail(EMPTY_MESSAGE);
    if (typeof raw !== 'string') return fail('is not a valid colour');
    const text = raw.trim().toLowerCase();
    if (text === '') return fail(EMPTY_MESSAGE);
    const parsed = colorString.get(text);
    if (!parsed) return fail('is not a valid colour');
    const [x = 0, y = 0, z = 0, alpha = 1] = parsed.value;
    if (alpha < 1) return fail('must be a solid colour (no transparency)');
    if (parsed.model === 'hsl') return ok(toHex(hslToRgb(x, y, z)));
    if (parsed.model === 'hwb') return ok(toHex(hwbToRgb(x, y, z)));
    return ok(toHex([x, y, z]));
  },
  validate(value, field) {
    return withCustomError(HEX.test(value) ? [] : ['is not a valid colour'], field);
  },
  format(value) {
    return value;
  },
};
