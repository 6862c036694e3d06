/**
 * Whether a list answer only adds to an earlier one: it keeps every earlier item and names at least one
 * more ("photos" then "photos, a bath and a walk too"). Such a value overwrites nothing the person said,
 * so it may fill a field answered on another step without correction words. Pure.
 */
export function extendsList(earlier: unknown, value: unknown): boolean {
  if (!Array.isArray(earlier) || !Array.isArray(value)) return false;
  return earlier.every((v) => value.includes(v)) && value.some((v) => !earlier.includes(v));
}
