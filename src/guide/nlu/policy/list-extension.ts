/**
 * Whether a list answer only adds to an earlier one: it keeps every earlier item and names at least one
 * more ("photos" then "photos, a bath and a walk too"). Such a value overwrites nothing the person said,
 * so it may fill a field answered on another step without correction words. Pure.
 */
export function extendsList(earlier: unknown, value: unknown): boolean {
  if (!Array.isArray(earlier) || !Array.isArray(value)) return false;
  return earlier.every((v) => value.includes(v)) && value.some((v) => !earlier.includes(v));
}

/**
 * Whether a list answer only repeats part of an earlier one: every item is an earlier item and at least one
 * earlier item is left out ("the oven died on Saturday" once the problems were the oven and the mould). Said
 * out of turn, without words that correct or name the list, such a value mentions an item again and takes
 * nothing away.
 */
export function repeatsPart(earlier: unknown, value: unknown): boolean {
  if (!Array.isArray(earlier) || !Array.isArray(value) || value.length === 0) return false;
  return value.every((v) => earlier.includes(v)) && earlier.some((v) => !value.includes(v));
}
