import type { Field, Option } from '../../core/wizard/definition.js';
import { findVerbatimOptions } from './extract/options.js';
import { labelHead } from './extract/option-head.js';
import { listWords } from './replies.js';

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

/**
 * The answer to a question about `options`: each option's head with its explanation ("Barista: making coffee
 * on the espresso machine."), and for options the labels do not explain, their names and that the form says
 * no more ("Terraced house and End-of-terrace house — the form doesn't say more about them.").
 */
export function describeAskedOptions(options: Option[]): string {
  const explained = options.filter((o) => explanation(o.label));
  const bare = options.filter((o) => !explanation(o.label)).map((o) => labelHead(o.label));
  const lines = explained.map(
    (o) => `${labelHead(o.label)}: ${explanation(o.label).replace(/[.\s]*$/, '.')}`,
  );
  if (bare.length > 0)
    lines.push(
      `${listWords(bare, 'and')} — the form doesn't say more about ${bare.length > 1 ? 'them' : 'it'}.`,
    );
  return lines.join(' ');
}
