/**
 * Terms of address and endearment people end a reply with ("yes dear", "no thanks, love", "cheers mate"):
 * said to the guide, never part of a value. A small general list (lowercase).
 */
export const ENDEARMENTS = ['dear', 'love', 'hun', 'honey', 'darling', 'sweetie', 'mate'] as const;
