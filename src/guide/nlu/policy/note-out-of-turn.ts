import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { contentWords } from '../../../core/content-words.js';
import { takesRemarks } from './choice-clauses.js';
import { asRemark } from './remark-along.js';
import type { Candidate } from './plan.js';

/**
 * A note said while another question is asked, for the form's optional note field: "fyi the strata council has
 * to approve anything on the roof", "please note it's the south-facing garage roof we'd want covered", "shed
 * faces due south, nothing shading it" (the note field's description lists shading, strata rules …). Pure.
 */

/** Words that announce a note: "please note", "fyi", "just so you know", "heads up", "bear in mind". */
const NOTE_CUE =
  /^\W*(?:(?:please\s+)?note(?:\s+that)?|fyi|for your info(?:rmation)?|just so you know|heads up|bear in mind|keep in mind)\b/i;
/** A person who does not know or asks: "I don't know what the roof is made of" is no note. */
const NOT_NOTE = /\?|\b(?:don'?t know|do not know|not sure|no idea|dunno)\b/i;

/**
 * The note in `utterance` for the one open optional note field (`takesRemarks`) of the form, when the words
 * gave no value to any field: it opens with a note cue, or names a topic of the note field's description that
 * no other field's label or options name ("strata", "shading"); 0.75 (see `asRemark`). Null otherwise, and for
 * questions, "don't know"s, and fewer than three words.
 */
export function noteOutOfTurn(utterance: string, fields: Field[], snapshot: RunSnapshot): Candidate | null {
  if (NOT_NOTE.test(utterance)) return null;
  const open = (f: Field) => {
    const v = snapshot.fields.find((x) => x.name === f.name);
    return !!v && v.visible && !v.answered && !f.required;
  };
  const notes = fields.filter((f) => takesRemarks(f) && open(f));
  if (notes.length !== 1) return null;
  const note = notes[0]!;
  const cued = NOTE_CUE.test(utterance);
  if (!cued) {
    const taken = new Set(
      fields
        .filter((f) => f !== note)
        .flatMap((f) => [f.label, ...(f.options ?? []).flatMap((o) => [o.label, ...(o.synonyms ?? [])])])
        .flatMap((t) => contentWords(t)),
    );
    const topics = new Set(contentWords(note.description ?? '').filter((w) => !taken.has(w)));
    if (!contentWords(utterance).some((w) => topics.has(w))) return null;
  }
  const text = utterance.replace(NOTE_CUE, '').replace(/^[\s,:;-]+/, '');
  return asRemark(text, note);
}
