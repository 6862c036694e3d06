import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from './types.js';
import { booleanOptions } from './options.js';
import { STOPWORDS, normalize, stem, tokens } from './normalize.js';

/**
 * Options said by the word that sets their label apart: "the kitchen one" or "on the kitchen device" for
 * "Kitchen speaker" among "Bedroom speaker" and "Living room speaker"; and "no X" / "without X" for a
 * "None" option of the field about X ("no subtitles" → subtitle_language None). Only for single selects
 * whose options are labels (not numbers or yes/no), from labels of two words or more, never a word of the
 * field's name or an ordinal, and only when one option of one field fits and no other value used the word;
 * two words of a label that has several telling ones.
 */

/** Words of each option's label (4 letters or more, not stopwords) that no other option's label has. */
function distinctiveWords(field: Field): Map<string, string> {
  const options = field.options ?? [];
  const own = new Set(field.name.split('_'));
  const words = options.map((o) => new Set(tokens(o.label)));
  // "bedroom" is not distinctive of "1 bedroom" among "2-3 bedrooms": other labels have it in another form
  const stems = words.map((ws) => new Set([...ws].map(stem)));
  const out = new Map<string, string>();
  options.forEach((o, i) => {
    // a one-word label is said verbatim or not at all; a label with a number ("Under $40,000") is an
    // amount, read by range matching
    if (words[i]!.size < 2 || /\d/.test(o.label)) return;
    for (const w of words[i]!)
      if (w.length >= 4 && !STOPWORDS.has(w) && !own.has(w) && !ORDINAL.test(w))
        if (stems.every((other, j) => j === i || !other.has(stem(w)))) out.set(w, o.value);
  });
  return out;
}

const ORDINAL = /^(?:first|second|third|fourth|fifth|last|next|\d+(?:st|nd|rd|th))$/;

const isLabelSelect = (f: Field) =>
  f.type === 'single_select' &&
  Boolean(f.options?.length) &&
  !booleanOptions(f.options) &&
  !f.options!.every((o) => /^\d+$/.test(o.value));

/** Appends to `out` the options named by a distinctive word or by "no <topic>", for fields not yet in `out`. */
export function distinctiveOptionCandidates(utterance: string, fields: Field[], out: Candidate[]): void {
  const said = new Set(tokens(utterance));
  const text = ` ${normalize(utterance).replace(/[^a-z0-9]+/g, ' ')} `;
  const hits: Array<{ field: Field; value: string; word: string }> = [];
  for (const field of fields) {
    if (!isLabelSelect(field) || out.some((c) => c.field === field.name)) continue;
    const none = field.options!.find((o) => /^(?:none|no)$/i.test(o.value) || /^(?:none|no)$/i.test(o.label));
    const topic = field.name.split('_')[0]!;
    if (none && topic.length >= 4 && new RegExp(` (?:no|without) ${topic}s? `).test(text)) {
      hits.push({ field, value: none.value, word: topic });
      continue;
    }
    const own = [...distinctiveWords(field)];
    const found = own.filter(([w]) => said.has(w));
    const values = new Set(found.map(([, v]) => v));
    const value = [...values][0];
    // a label of several telling words ("Office & Operations Coordinator") needs two of them: one alone
    // ("the office photos") is as likely about something else
    const needed = Math.min(2, own.filter(([, v]) => v === value).length);
    if (values.size === 1 && found.length >= needed) hits.push({ field, value: value!, word: found[0]![0] });
  }
  const taken = out.map((c) => normalize(String(c.span ?? '')));
  for (const hit of hits) {
    if (hits.some((o) => o !== hit && o.word === hit.word)) continue;
    if (taken.some((span) => ` ${span.replace(/[^a-z0-9]+/g, ' ')} `.includes(` ${hit.word} `))) continue;
    out.push({
      field: hit.field.name,
      value: hit.value,
      confidence: 0.7,
      extractor: 'distinctive-option',
      span: hit.word,
    });
  }
}
