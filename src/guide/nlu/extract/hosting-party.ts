/**
 * A party of the speaker said as the hosts of what is being booked: "my fiancé and I are getting married",
 * "me and my partner are throwing a party", "the two of us are organising a conference", "my wife and I
 * run a small bakery". Such a party says who holds the event, not how many come to it, so it is no head
 * count for a guests or attendees field. Verbs of coming, staying or travelling ("my wife and I are coming",
 * "the two of us will be travelling", "me and my wife are planning a trip") are not hosting and keep the count.
 *
 * The verbs are the general class of holding an event or a business: host, throw, organise/organize,
 * run, get married / marry / tie the knot.
 */

/** What may stand between the party and its verb: an auxiliary and a few adverbs ("are", "'ll", "will both"). */
const AUXILIARY = String.raw`(?:\s*(?:'re|'ll|'d|'ve)|\s+(?:are|were|will|would|have|had|can|could|shall|should|want\s+to|plan\s+to|hope\s+to|are\s+going\s+to))?(?:\s+(?:be|also|both|just|finally|soon|jointly|together))*`;

/** The verbs of hosting (see the file comment), in any of their forms. */
const HOSTING = String.raw`(?:get(?:s|ting)?\s+married|got\s+married|marry(?:ing)?|tie\s+the\s+knot|tying\s+the\s+knot|host(?:s|ing|ed)?|throw(?:s|ing|n)?|threw|organi[sz](?:e|es|ing|ed)|run(?:s|ning)?|ran)`;

const HOSTING_AFTER = new RegExp(String.raw`^${AUXILIARY}\s+${HOSTING}\b`, 'i');

/**
 * Whether the words after a party of the speaker (`after`, what follows the party's span) make it the
 * hosts of something: " are getting married next year" → true; " are coming" → false; "" → false.
 */
export function hostsSomething(after: string): boolean {
  return HOSTING_AFTER.test(after.replace(/[’]/g, "'"));
}
