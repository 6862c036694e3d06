import type { Option } from '../../../core/wizard/definition.js';
import { findVerbatimOptions, chosenHits } from './options.js';
import { normalize } from './normalize.js';

/**
 * Edits of a list of options in words: which options a turn adds and which it takes away ("add the walls as
 * well", "take the carpets off", "windows and the balcony. actually no, scrap the balcony"). Pure.
 */

/**
 * A verb of taking away right before an option (past an article): "remove the", "scrap", "drop my", "get rid
 * of the", "leave out the", "cross off". The verbs are the general English ones of removing from a list.
 */
const REMOVE_BEFORE =
  /\b(?:remove|removing|drop|scrap|scratch|ditch|delete|cancel|lose|nix|omit|axe|bin|forget(?:\s+about)?|get\s+rid\s+of|(?:take|leave|cross|knock|strike|cut)\s+(?:off|out)|minus|except(?:\s+for)?|apart\s+from|no\s+longer\s+(?:want|need))\s+(?:(?:the|my|our|a|an|that|those|these)\s+)?$/;

/** "take the carpets off", "leave the fridge out": a verb earlier in the clause, "off"/"out" right after. */
const TAKE_BEFORE = /\b(?:take|leave|cross|knock|strike|cut)\b/;
const OFF_AFTER = /^\s*(?:off|out)\b/;

/**
 * Words that add to what was chosen before rather than replace it: "add", "as well", "too", "also", "plus",
 * "another", "include", "throw in", "on top". The one list of adding words of the guide.
 */
const ADD_CUE = /\b(?:add|adding|also|as\s+well|too|plus|another|include|including|throw\s+in|on\s+top)\b/;

/**
 * Words that put the new options in place of the old ones, even beside an adding word ("only the alignment,
 * not the oil change too", "weeding too instead"): "instead", "rather than", "replace", "only". Words that
 * take an option away ("remove", "drop", "no longer", "not") are read per option by `removedOptions`.
 */
const REPLACE_CUE = /\b(?:instead|rather\s+than|replac(?:e|ing)|only)\b/;

/** Where a clause ends: a stop, comma, semicolon or a turn ("but"). */
const CLAUSE_BREAK = /[.;,!?]+|\s+but\s+/g;

export interface ListMention {
  option: Option;
  /** where in the normalised utterance */
  start: number;
  /** the option is taken away here, not chosen */
  removed: boolean;
}

/**
 * Every mention of an option in `utterance`, in order, each marked removed when a verb of taking away governs
 * it in its clause ("scrap the balcony", "take the carpets off") or it is set aside ("no balcony", see
 * `chosenHits`). An option said in two clauses is mentioned twice.
 */
export function listMentions(utterance: string, options: Option[]): ListMention[] {
  const text = normalize(utterance);
  const out: ListMention[] = [];
  let from = 0;
  const clauses: Array<[number, number]> = [];
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    clauses.push([from, m.index]);
    from = m.index + m[0].length;
  }
  clauses.push([from, text.length]);
  for (const [from, e] of clauses) {
    const raw = text.slice(from, e);
    const s = from + raw.length - raw.trimStart().length;
    const clause = raw.trim();
    const hits = findVerbatimOptions(clause, options);
    const kept = new Set(chosenHits(clause, hits));
    for (const h of hits) {
      const before = clause.slice(0, h.start);
      const removed =
        !kept.has(h) ||
        REMOVE_BEFORE.test(before) ||
        (TAKE_BEFORE.test(before) && OFF_AFTER.test(clause.slice(h.end)));
      out.push({ option: h.option, start: s + h.start, removed });
    }
  }
  return out;
}

/** The options whose last mention in `utterance` takes them away. */
export function removedOptions(utterance: string, options: Option[]): Set<string> {
  const last = new Map<string, boolean>();
  for (const m of listMentions(utterance, options)) last.set(m.option.value, m.removed);
  return new Set([...last].filter(([, removed]) => removed).map(([value]) => value));
}

/**
 * Whether the words add to an earlier choice ("add the main hall as well", "oh and a brake inspection too")
 * rather than replace it ("only the alignment too", "weeding instead").
 */
export function addsToList(utterance: string): boolean {
  const text = normalize(utterance);
  return ADD_CUE.test(text) && !REPLACE_CUE.test(text);
}
