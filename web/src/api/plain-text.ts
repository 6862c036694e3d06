/**
 * Problems in words for people: the API's reasons are written for developers (zod's "Too small: expected
 * string to have >=10 characters", header names such as X-Run-Token); these rules turn the known ones into
 * sentences that say what to do, and leave any other text as it is.
 */
const RULES: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/^Too small: expected string to have >=1 characters?/i, () => 'Fill this in.'],
  [/^Too small: expected string to have >=(\d+) characters?/i, (m) => `Use at least ${m[1]} characters.`],
  [/^Too big: expected string to have <=(\d+) characters?/i, (m) => `Use at most ${m[1]} characters.`],
  [/^Too small: expected number to be >=(-?[\d.]+)/i, (m) => `Enter ${m[1]} or more.`],
  [/^Too big: expected number to be <=(-?[\d.]+)/i, (m) => `Enter ${m[1]} or less.`],
  [/^Invalid (?:email|e-mail)/i, () => 'Enter an email address such as name@example.com.'],
  [/^Invalid input: expected \w+, received undefined/i, () => 'Fill this in.'],
  [/^Invalid input: expected (\w+)/i, () => 'This value is not in the expected form.'],
  [/^Unrecognized key/i, () => 'This form sent something the server does not know; reload the page.'],
  [
    /X-Run-Token/i,
    () => 'This form link is incomplete or has expired. Open the link you were given again, or sign in.',
  ],
];

/** `text` as a sentence for people when a rule knows it, else unchanged. */
export function plainText(text: string): string {
  for (const [pattern, say] of RULES) {
    const match = text.match(pattern);
    if (match) return say(match);
  }
  return text;
}
