import Fuse from 'fuse.js';
import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { fieldNamedIn } from '../intents.js';
import { isFreeText } from './free-text.js';
import type { Candidate } from './plan.js';

/**
 * A spelling given for a word said before ("my name is spelled John with an h", "it's spelt Smyth"): the
 * word of an answered free-text value that the spelling is closest to (fuse.js) is replaced by it. Pure.
 */

const SPELLED = /\b(?:spelled|spelt|spelling is|spelled as|spelt as)\s+["'“‘]?([\p{L}][\p{L}'’-]*)/iu;

/**
 * The corrected value when `utterance` spells a word of one answered free-text field (the field it names,
 * else the only one with a close word); null when no field's value has a word close to the spelling.
 */
export function spellingFix(utterance: string, fields: Field[], snapshot: RunSnapshot): Candidate | null {
  const spelled = SPELLED.exec(utterance)?.[1];
  if (!spelled) return null;
  const answered = fields.filter((f) => {
    const view = snapshot.fields.find((v) => v.name === f.name);
    return isFreeText(f) && view?.answered && typeof view.value === 'string';
  });
  const named = fieldNamedIn(utterance, answered);
  const fixes: Candidate[] = [];
  for (const field of named ? [named] : answered) {
    const value = String(snapshot.fields.find((v) => v.name === field.name)!.value);
    const words = value.split(/\s+/);
    const hits = new Fuse(words, { includeScore: true, threshold: 0.4 }).search(spelled);
    const close = hits[0];
    if (!close || words[close.refIndex] === spelled) continue;
    words[close.refIndex] = spelled;
    fixes.push({
      field: field.name,
      value: words.join(' '),
      confidence: 0.9,
      extractor: 'spelling',
      span: spelled,
    });
  }
  return fixes.length === 1 ? fixes[0]! : null;
}
