/**
 * The words that set an old value aside for a new one: "5pm, not 4", "townhouse instead of apartment",
 * "eight rather than six", "Souza in place of Sousa". What follows them is the value being replaced.
 * One list for every reader of "X, not Y" (denied numbers, go-back values, set-aside options, refused
 * text), as a regular-expression alternation without groups, to be placed inside `(?:…)`.
 */
export const REPLACING_WORDS = String.raw`not|instead\s+of|rather\s+than|in\s+place\s+of`;
