/**
 * The speaker saying they have something, as a regular-expression source for lowercase, normalized text
 * (`normalize`): "i have", "we've got", "i do have", "we still have", "i own", "i hold". The readers of
 * "I have one" (`implied-yes-no.ts`) and of paired yes/no answers (`policy/paired-yes-no.ts`) add what may
 * come before and after it.
 */
export const SPEAKER_HAS = String.raw`(?:i|we)(?:'ve got|'ve|\s+(?:do\s+|also\s+|still\s+)?(?:have got|have|hold|own|got))`;
