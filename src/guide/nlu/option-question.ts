import type { Field, Option } from '../../core/wizard/definition.js';
import { findVerbatimOptions } from './extract/options.js';
import { labelHead } from './extract/option-head.js';
import { listWords } from './replies.js';
import { escapeRegExp } from './extract/normalize.js';

/**
 * Questions about the options of one select field ("what's the difference between terraced and end of
 * terrace?", "what does a shift supervisor actually do?", "is a bungalow the same as a detached house?"):
 * answered from those options' labels, where the part after a spaced dash or in brackets explains the
 * head ("Barista — making coffee on the espresso machine"). Nothing is chosen. Pure.
 */

/** The options of one select field a question names, in the order said. */
export interface OptionsAsked {
  field: Field;
  options: Option[];
}

/**
 * The select field whose options `question` names by label, value or synonym (see `findVerbatimOptions`;
 * bare numbers are no names), and those options; the field with the most options named wins, the asked
 * field on a tie. Undefined when the question names no option.
 */
export function optionsAskedAbout(
  question: string,
  fields: Field[],
  asked: Field | undefined,
): OptionsAsked | undefined {
  let best: OptionsAsked | undefined;
  for (const field of fields) {
    if (field.type !== 'single_select' && field.type !== 'multi_select') continue;
    const hits = findVerbatimOptions(question, field.options ?? [], (p) => /^[\d\s.,]+$/.test(p));
    const options = hits.map((h) => h.option);
    if (options.length === 0) continue;
    const better =
      !best ||
      options.length > best.options.length ||
      (options.length === best.options.length && field === asked);
    if (better) best = { field, options };
  }
  return best;
}

/** What a label says beside its head: the part after a spaced dash, or in brackets; '' when nothing. */
function explanation(label: string): string {
  const head = labelHead(label);
  const brackets = [...label.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!.trim());
  const tail = label
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .trim()
    .slice(head.length)
    .replace(/^[\s\u2013\u2014-]+/, '')
    .trim();
  return [tail, ...brackets].filter(Boolean).join('; ');
}

/** The names an option goes by: its label, the label's head, its value in words, its synonyms (3+ letters). */
function namesOf(option: Option): string[] {
  const names = [
    option.label,
    labelHead(option.label),
    option.value.replace(/[-_]+/g, ' '),
    ...(option.synonyms ?? []),
  ];
  return [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 3))];
}

/** Whether `text` names `option` as a whole word or phrase. */
function names(text: string, option: Option): boolean {
  return namesOf(option).some((n) =>
    new RegExp(String.raw`(?<![\p{L}\d])${escapeRegExp(n)}(?![\p{L}\d])`, 'iu').test(text),
  );
}

/**
 * What the field's description (and hints) say of `option`: the sentence or ";" clause that names it and none
 * of the other options asked about, its "Loan:" lead-in dropped ("Loan: own the system and repay a solar loan
 * monthly." → "own the system and repay a solar loan monthly."); a sentence that opens with the option's name
 * first. '' when none speaks of it alone.
 */
function describedIn(field: Field, option: Option, asked: Option[]): string {
  const text = [field.description ?? '', ...(field.extraction_hints ?? [])].join(' ');
  const sentences = text
    .split(/(?<=[.!?])\s+|;\s*/)
    .map((x) => x.trim())
    .filter((x) => names(x, option) && !asked.some((o) => o !== option && names(x, o)));
  const lead = (x: string) =>
    namesOf(option).find((n) =>
      new RegExp(String.raw`^${escapeRegExp(n)}\s*[:\u2013\u2014-]\s*`, 'i').test(x),
    );
  const opening = sentences.find((x) => lead(x) !== undefined);
  if (opening)
    return opening.replace(
      new RegExp(String.raw`^${escapeRegExp(lead(opening)!)}\s*[:\u2013\u2014-]\s*`, 'i'),
      '',
    );
  return sentences[0] ?? '';
}

/**
 * The answer to a question about `options` of `field`: each option's head with its explanation ("Barista:
 * making coffee on the espresso machine."), from its label or else from what the field's description says of
 * it ("Loan: own the system and repay a solar loan monthly."), and for options neither explains, their names
 * and that the form says no more ("Terraced house and End-of-terrace house — the form doesn't say more about
 * them.").
 */
export function describeAskedOptions(options: Option[], field: Field): string {
  const told = (o: Option) => explanation(o.label) || describedIn(field, o, options);
  const explained = options.filter((o) => told(o));
  const bare = options.filter((o) => !told(o)).map((o) => labelHead(o.label));
  const lines = explained.map((o) => `${labelHead(o.label)}: ${told(o).replace(/[.\s]*$/, '.')}`);
  if (bare.length > 0)
    lines.push(
      `${listWords(bare, 'and')} — the form doesn't say more about ${bare.length > 1 ? 'them' : 'it'}.`,
    );
  return lines.join(' ');
}
