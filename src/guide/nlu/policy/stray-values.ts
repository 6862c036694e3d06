import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { givesName, looksLikeName } from '../extract/name-shape.js';
import { isPersonNameField } from '../extract/text-kind.js';
import { correctionCueEnd } from './corrections.js';
import { answeredTarget } from './answered-target.js';
import type { Candidate } from './plan.js';

/** Words that speak of the name itself ("my name is actually …", "it's spelled …", "surname is …"). */
const NAME_TALK = /\b(?:name|names|surname|spell|spelled|spelt|spelling|called|call me)\b/i;
/** A statement of the speaker's own name: "my name is …", "I'm …", "call me …", "this is … speaking". */
const FIRST_PERSON =
  /^(?:my\b|i'?m\b|i’m\b|i am\b|im\b|call me\b|you can call me\b|this is\b)|\b(?:here|speaking)$/i;

/**
 * Whether `utterance` explicitly corrects a name to `value`: a correction cue with talk of the name ("my
 * name is actually Jo", "sorry, it's spelled Aoife") or a cue a few words before the value ("actually it
 * should be Ada", "I mean Ada"). "I do actually, the number on it is …" corrects no name.
 */
export function correctsName(utterance: string, value: string): boolean {
  if (/\b(?:spelled|spelt|spelling)\b/i.test(utterance)) return true;
  const end = correctionCueEnd(utterance);
  if (end < 0) return false;
  if (NAME_TALK.test(utterance)) return true;
  const at = utterance.indexOf(value, end);
  if (at < 0) return false;
  return utterance.slice(end, at).trim().split(/\s+/).filter(Boolean).length <= 3;
}

/**
 * Whether `c` would overwrite a person's name the person already gave without saying so: anything that does
 * not read as a name ("DU4417823", "TypeScript's"), and any value not stated as the speaker's own name ("my
 * name is …", "I'm …"), nor given as a name ("call it Biscuit Two"), nor as an explicit correction of the name (`correctsName`): "applying for the
 * QA role" does not rename "Liam O'Sullivan" to "QA", nor "concierge has the key, name is Chen" "Mei Chen"
 * to "Chen". The field asked on its own (`askedField`) takes any answer that reads as a name. Pure.
 */
export function isStrayOverwrite(
  c: Candidate,
  fields: Field[],
  snapshot: RunSnapshot,
  askedField: string | undefined,
  utterance: string,
): boolean {
  const target = answeredTarget(c, fields, snapshot);
  if (!target || target.field.type !== 'text' || !isPersonNameField(target.field)) return false;
  const value = typeof c.value === 'string' ? c.value : String(c.value);
  // "call it Biscuit Two": a name given as such may hold any words
  if (givesName(utterance)) return false;
  if (!looksLikeName(value)) return true;
  if (c.field === askedField) return false;
  const stated = FIRST_PERSON.test((c.span ?? utterance).trim());
  return !stated && !correctsName(utterance, value);
}
