/**
 * The plain interjections of assent and refusal, as regular-expression alternations to build patterns
 * from: `YES_WORDS` "yes|yeah|yep|yup", `NO_WORDS` "no|nope|nah". Readers that take more ("sure", "i do",
 * "ya") add their own words around these; the full lists of yes and no phrases are `extract/yes-no.ts`'s.
 */
export const YES_WORDS = 'yes|yeah|yep|yup';

/** See `YES_WORDS`. */
export const NO_WORDS = 'no|nope|nah';
