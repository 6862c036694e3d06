/**
 * Whether a run of capitalised words names an organisation by its own form, with no lead-in needed: a legal
 * suffix ends it ("Price Cloud Ltd", "Harrowgate Joinery Ltd", "Brandt GmbH", "Acme, Inc") or an
 * institution's head noun stands in it ("Technical University of Munich", "Imperial College London",
 * "University of Lagos"). Pure.
 */

/** Legal forms of companies that end their names, in any case ("ltd", "LLC", "GmbH", "S.A."). */
const LEGAL_SUFFIX =
  /(?:^|\s|,)(?:ltd|limited|inc|incorporated|llc|llp|plc|gmbh|ag|kg|sarl|sas|s\.?a|s\.?p\.?a|b\.?v|n\.?v|pty|oy|ab|aps|corp|corporation|co|pbc|cic)\.?$/i;

/** Head nouns of institutions, said with other capitalised words ("Technical University of Munich"). */
const INSTITUTION = new Set(
  (
    'university universität universidad université universita college institute institut polytechnic ' +
    'academy school hospital foundation ministry council society association agency laboratory laboratories'
  ).split(' '),
);

/**
 * Whether `run` (a capitalised run of two or more words, "Technical University of Munich") names an
 * organisation by a legal suffix ending it or an institution's head noun among its words. "Ltd" alone,
 * "University" alone and runs without either ("Northwind Traders", "Rohan Mehta") do not.
 */
export function isOrganizationName(run: string): boolean {
  const words = run.trim().split(/\s+/);
  if (words.length < 2) return false;
  if (LEGAL_SUFFIX.test(run.trim())) return true;
  return words.some((w) => INSTITUTION.has(w.toLowerCase()));
}
