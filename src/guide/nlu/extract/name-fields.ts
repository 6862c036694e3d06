import type { Field } from '../../../core/wizard/definition.js';
import { isEntityNameField } from './offered-entity.js';

/**
 * Whose name a name field holds, from its name and label: the speaker's own ("Your name"), a person's in
 * the speaker's role ("Owner's name", "Contact name"), or a thing's of its own ("Pet's name", "Sidekick
 * name", "Child's name"). Pure.
 */

/** Words of a name field's name and label that say only "a name", not whose: "full name", "Your name". */
const NAME_WORDS = new Set(['name', 'names', 'full', 'first', 'last', 'given', 'family', 'surname', 'your']);

/**
 * Roles of the person who fills a booking or sign-up form in ("Owner's name", "Client name", "Primary
 * contact"): a name asked for them is the speaker's, not that of what they book for.
 */
const SPEAKER_ROLES = new Set(
  (
    'owner owners contact client customer applicant requester caller sender buyer member holder account ' +
    'billing booker organiser organizer guardian parent person primary main'
  ).split(' '),
);

/** A role fused to what it holds, written as one word: "policyholder", "cardholder", "homeowner". */
const COMPOUND_ROLE = /^[a-z]{3,}(?:holder|owner)$/;

/** Whether a word of a field's name or label is a speaker's role (`SPEAKER_ROLES`) alone or fused (`COMPOUND_ROLE`). */
function isSpeakerRole(word: string): boolean {
  return SPEAKER_ROLES.has(word) || COMPOUND_ROLE.test(word);
}

/**
 * Words that make a role someone other than the speaker ("Emergency contact name", "Second guardian",
 * "Co-speaker's name", "Partner's name"), though the role alone may be the speaker's.
 */
const OTHER_MARKS = new Set(
  'emergency co second secondary other additional alternate alternative partner spouse kin'.split(' '),
);

/** "Your partner's name", "your child's name": a label of someone of the speaker's, not the speaker's own. */
const YOUR_SOMEONES = /^your\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+['’]s?\s/iu;

/**
 * Whether the field holds the name of the person filling the form ("Your name", "your_full_name"); "Your
 * partner's name" holds someone else's.
 */
export function isOwnNameField(field: Field): boolean {
  const label = field.label.trim();
  if (YOUR_SOMEONES.test(label)) return false;
  return /^your\b/i.test(label) || /^your_/.test(field.name);
}

/** The words of a field's name and label that say what it names ("pet", "sidekick"), lowercase. */
export function namedThing(field: Field): string[] {
  return `${field.name.replace(/_/g, ' ')} ${field.label}`
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^a-z]+/)
    .filter((w) => w && !NAME_WORDS.has(w));
}

/**
 * Roles of the person a booking is for, who may be the one booking or someone they book for (a parent for
 * a learner driver, a carer for a patient): "Learner's full name", "Patient name", "Student name".
 */
const SELF_OR_OTHER_ROLES = new Set(
  (
    'learner learners student students pupil pupils patient patients passenger passengers traveller ' +
    'travellers traveler travelers guest guests attendee attendees participant participants trainee ' +
    'trainees candidate candidates rider riders player players camper campers swimmer swimmers'
  ).split(' '),
);

/**
 * Whether a name field holds the name of the person a booking is for, who may be the speaker ("Hi, I'm Ethan
 * Kowalski" booking his own lessons) or someone they book for ("my son Lachlan"): its words name such a role
 * (`SELF_OR_OTHER_ROLES`: "Learner's full name", "Patient name") and none that makes it another's
 * ("Second passenger name").
 */
export function isSelfOrOtherNameField(field: Field): boolean {
  if (!isEntityNameField(field) || isOwnNameField(field)) return false;
  const thing = namedThing(field);
  return thing.some((w) => SELF_OR_OTHER_ROLES.has(w)) && !thing.some((w) => OTHER_MARKS.has(w));
}

/**
 * Whether a text field holds the name of a thing or someone other than the speaker (`pet_name`, "Sidekick
 * name", "Child's name"): an entity name field (`isEntityNameField`) whose name or label says what it
 * names, not the speaker's own ("Your name", a bare "Full name") nor a role of the speaker ("Owner name") unless a word
 * makes it another's ("Emergency contact name").
 */
export function isThingNameField(field: Field): boolean {
  if (!isEntityNameField(field) || isOwnNameField(field)) return false;
  const thing = namedThing(field);
  return thing.length > 0 && (!thing.some(isSpeakerRole) || thing.some((w) => OTHER_MARKS.has(w)));
}

/**
 * Whether a name field holds the speaker's name by its role ("Parent/guardian name", "Owner's name",
 * "Contact name"): an entity name field whose words say one of the roles of the one filling the form in
 * (`SPEAKER_ROLES`) and none that makes it another's ("Emergency contact"). A name said with a relation
 * ("son: diego", "my daughter Mia") is then someone else's, as for "Your name" (`isOwnNameField`).
 */
export function isSpeakerRoleNameField(field: Field): boolean {
  if (!isEntityNameField(field) || isOwnNameField(field)) return false;
  const thing = namedThing(field);
  return thing.some(isSpeakerRole) && !thing.some((w) => OTHER_MARKS.has(w));
}
