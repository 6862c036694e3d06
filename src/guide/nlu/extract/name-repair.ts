import { isNameWord } from './name-shape.js';

/**
 * A name put right as soon as it is said: "Grace Lamb, sorry, Lam, no b" → "Grace Lam", "Tom Ashby, I mean
 * Tom Ashdown" → "Tom Ashdown", "Jo — sorry, Joanna" → "Joanna". Pure.
 */

/** A self-repair after a name: "sorry", "I mean", "no wait", "or rather", "oops" between commas or dashes. */
const REPAIR =
  /^\s*[,;—–-]?\s*(?:sorry|i mean|i meant|no wait|wait|oops|or rather|rather|correction|make that|scratch that)\s*[,;:—–-]?\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)(?=[\s,.;:!?]|$)/iu;

/**
 * `name` as put right by the words `after` it (see the module comment): a repair of one word replaces the
 * name's last word when the name has two or more ("Grace Lamb" + "sorry, Lam" → "Grace Lam") and the whole
 * name otherwise; a repair of two words replaces the whole name. `name` unchanged when no repair follows.
 */
export function repairedName(name: string, after: string): string {
  const m = REPAIR.exec(after);
  if (!m || !m[1]!.split(/\s+/).every(isNameWord)) return name;
  const said = m[1]!.split(/\s+/);
  const words = name.split(/\s+/);
  if (said.length > 1 || words.length < 2) return m[1]!;
  return [...words.slice(0, -1), said[0]!].join(' ');
}
